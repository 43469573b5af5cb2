"use client"

import { useEffect, useState, useTransition } from "react"
import { requestPhoneCode, signInWithEmail, signInWithPhoneCode, type SignInResult } from "@/lib/actions/session"
import { messagesFor, type Locale } from "@/lib/i18n"
import { errorText } from "@/lib/messages/errors"

/**
 * Sign in by phone and SMS code (a new phone makes a new account), or by email
 * and password. `onSignedIn` runs once the session cookie is set.
 */
export function SignInForm({ locale, onSignedIn, headingLevel = 1 }: { locale: Locale; onSignedIn: () => void; headingLevel?: 1 | 2 }) {
  const t = messagesFor(locale)
  const [mode, setMode] = useState<"phone" | "email">("phone")
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const Heading = headingLevel === 1 ? "h1" : "h2"

  const settle = (result: SignInResult) => {
    if (result.ok) onSignedIn()
    else setError(errorText(locale, result.code))
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <Heading id="sign-in-title">{t.signInTitle}</Heading>
      <div className="segmented" role="tablist" aria-label={t.signInTitle}>
        {(["phone", "email"] as const).map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            aria-selected={mode === option}
            className={mode === option ? "selected" : ""}
            onClick={() => {
              setMode(option)
              setError(null)
            }}
          >
            {option === "phone" ? t.byPhone : t.byEmail}
          </button>
        ))}
      </div>
      {mode === "phone" ? (
        <PhoneCodeFields locale={locale} pending={pending} onError={setError} onSubmit={(phone, code) => startTransition(async () => settle(await signInWithPhoneCode(phone, code)))} />
      ) : (
        <EmailFields locale={locale} pending={pending} onSubmit={(email, password, create) => startTransition(async () => settle(await signInWithEmail(email, password, create)))} />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}

function PhoneCodeFields({
  locale,
  pending,
  onError,
  onSubmit,
}: {
  locale: Locale
  pending: boolean
  onError: (message: string | null) => void
  onSubmit: (phone: string, code: string) => void
}) {
  const t = messagesFor(locale)
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
      const result = await requestPhoneCode(phone)
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
        <span>{t.phone}</span>
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
      <button type="submit" className="button button-block" disabled={pending || !sentTo || code.length !== 6}>
        {pending ? t.submitting : t.submitSignIn}
      </button>
    </form>
  )
}

function EmailFields({ locale, pending, onSubmit }: { locale: Locale; pending: boolean; onSubmit: (email: string, password: string, create: boolean) => void }) {
  const t = messagesFor(locale)
  const [create, setCreate] = useState(false)
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault()
        const data = new FormData(event.currentTarget)
        onSubmit(String(data.get("email")), String(data.get("password")), create)
      }}
    >
      <label className="field">
        <span>{t.email}</span>
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label className="field">
        <span>{t.password}</span>
        <input name="password" type="password" autoComplete={create ? "new-password" : "current-password"} required minLength={8} />
      </label>
      <label className="check">
        <input type="checkbox" checked={create} onChange={(e) => setCreate(e.target.checked)} />
        <span>{t.createAccount}</span>
      </label>
      <button type="submit" className="button button-block" disabled={pending}>
        {pending ? t.submitting : t.submitSignIn}
      </button>
    </form>
  )
}
