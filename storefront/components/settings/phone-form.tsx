"use client"

import { useRouter } from "next/navigation"
import { useEffect, useState, useTransition } from "react"
import { addPhone } from "@/lib/actions/account"
import { requestPhoneCode } from "@/lib/actions/session"
import { messagesFor, type Locale } from "@/lib/i18n"
import { errorText } from "@/lib/messages/errors"

/** The phone that signs into the account, and adding one: a code texted to it, then the code proves it. */
export function PhoneForm({ locale, current }: { locale: Locale; current: string | null }) {
  const t = messagesFor(locale)
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [phone, setPhone] = useState("")
  const [code, setCode] = useState("")
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [wait, setWait] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const [busy, startBusy] = useTransition()

  useEffect(() => {
    if (wait <= 0) return
    const timer = setTimeout(() => setWait(wait - 1), 1000)
    return () => clearTimeout(timer)
  }, [wait])

  const send = () =>
    startBusy(async () => {
      setError(null)
      const sent = await requestPhoneCode(phone)
      if (sent.ok) {
        setSentTo(phone)
        setWait(sent.resendAfterSeconds ?? 60)
      } else {
        setError(errorText(locale, sent.code))
        if (sent.retryAfterSeconds) setWait(sent.retryAfterSeconds)
      }
    })

  const bind = () =>
    startBusy(async () => {
      setError(null)
      const done = await addPhone(phone, code)
      if (!done.ok) return setError(errorText(locale, done.code))
      setSaved(true)
      setOpen(false)
      setPhone("")
      setCode("")
      setSentTo(null)
      router.refresh()
    })

  return (
    <section className="panel" aria-labelledby="phone-title">
      <h2 id="phone-title">{t.phoneTitle}</h2>
      <p data-testid="bound-phone">{current ? t.phoneBound(current) : t.noPhoneBound}</p>
      {saved && (
        <p className="form-hint" role="status">
          {t.phoneSaved}
        </p>
      )}
      {!open ? (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {current ? t.bindAnother : t.bindPhone}
        </button>
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault()
            bind()
          }}
        >
          <label className="field">
            <span>{t.newPhone}</span>
            <span className="input-with-prefix">
              <span aria-hidden>{t.phonePrefix}</span>
              <input name="new-phone" type="tel" inputMode="numeric" autoComplete="tel-national" required maxLength={13} value={phone} onChange={(e) => setPhone(e.target.value)} />
            </span>
          </label>
          <div className="field-row">
            <label className="field">
              <span>{t.code}</span>
              <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />
            </label>
            <button type="button" className="button button-secondary" onClick={send} disabled={busy || wait > 0 || phone.trim().length < 11}>
              {wait > 0 ? t.resendIn(wait) : t.sendCode}
            </button>
          </div>
          {sentTo && (
            <p className="form-hint" role="status">
              {t.codeSent(sentTo)}
            </p>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={busy || !sentTo || code.length !== 6}>
              {busy ? t.submitting : t.confirmBind}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setOpen(false)} disabled={busy}>
              {t.notNow}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
