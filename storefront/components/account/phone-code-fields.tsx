"use client"

import { useEffect, useState, useTransition, type ReactNode } from "react"
import { requestPhoneCode } from "@/lib/actions/session"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { account } from "@/lib/messages/account"
import { textsOf } from "@/lib/texts"

/**
 * A phone and the code texted to it (sent on request, with the wait before
 * sending again), for signing in or for binding a phone to the account; a
 * beautician's code (`actor`) signs in to the portal only. `after` sits
 * beside the submit button; the form's error is the caller's.
 */
export function PhoneCodeFields({
  locale,
  labels,
  pending,
  onError,
  onSubmit,
  after,
  actor = "customer",
}: {
  locale: Locale
  labels: { phone: string; submit: string }
  pending: boolean
  onError: (message: string | null) => void
  onSubmit: (phone: string, code: string) => void
  after?: ReactNode
  actor?: "customer" | "beautician"
}) {
  const t = textsOf(locale, account)
  const [phone, setPhone] = useState("")
  const [code, setCode] = useState("")
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [wait, setWait] = useState(0)
  const [sending, startSending] = useTransition()

  useEffect(() => {
    if (wait <= 0) return
    const timer = setTimeout(() => setWait(wait - 1), 1000)
    return () => clearTimeout(timer)
  }, [wait])

  const send = () =>
    startSending(async () => {
      onError(null)
      const result = await requestPhoneCode(phone, actor)
      if (result.ok) {
        setSentTo(phone)
        setWait(result.resendAfterSeconds ?? 60)
      } else {
        onError(errorText(locale, result.code))
        if (result.retryAfterSeconds) setWait(result.retryAfterSeconds)
      }
    })

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit(phone, code)
      }}
    >
      <label className="field">
        <span>{labels.phone}</span>
        <span className="input-with-prefix">
          <span aria-hidden>{t.phonePrefix}</span>
          <input name="phone" type="tel" inputMode="numeric" autoComplete="tel-national" required maxLength={13} value={phone} onChange={(e) => setPhone(e.target.value)} />
        </span>
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t.code}</span>
          <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        <button type="button" className="button button-secondary" onClick={send} disabled={sending || wait > 0 || phone.trim().length < 11}>
          {wait > 0 ? t.resendIn(wait) : t.sendCode}
        </button>
      </div>
      {sentTo && (
        <p className="form-hint" role="status">
          {t.codeSent(sentTo)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className={`button ${after ? "" : "button-block"}`} disabled={pending || !sentTo || code.length !== 6}>
          {pending ? t.submitting : labels.submit}
        </button>
        {after}
      </div>
    </form>
  )
}
