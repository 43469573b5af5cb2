"use client"

import { useState, useTransition } from "react"
import { signInWithEmail, signInWithPhoneCode, startWechatSignIn } from "@/lib/actions/session"
import type { SignInResult } from "@/lib/session"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { PhoneCodeFields } from "./phone-code-fields"
import { SignInModes, type SignInMode } from "./sign-in-modes"
import { account } from "@/lib/messages/account"
import { textsOf } from "@/lib/texts"

/**
 * Sign in by phone and SMS code (a new phone makes a new account), or by email
 * and password. `onSignedIn` runs once the session cookie is set.
 */
export function SignInForm({
  locale,
  onSignedIn,
  headingLevel = 1,
  next,
  initialError,
}: {
  locale: Locale
  onSignedIn: () => void
  headingLevel?: 1 | 2
  /** Where WeChat's sign-in, which leaves the site, comes back to (this page if unset). */
  next?: string
  initialError?: string
}) {
  const t = textsOf(locale, account)
  const [mode, setMode] = useState<SignInMode>("phone")
  const [error, setError] = useState<string | null>(initialError ? errorText(locale, initialError) : null)
  const [pending, startTransition] = useTransition()
  const Heading = headingLevel === 1 ? "h1" : "h2"

  const settle = (result: SignInResult) => {
    if (result.ok) onSignedIn()
    else setError(errorText(locale, result.code))
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <Heading id="sign-in-title">{t.signInTitle}</Heading>
      <SignInModes
        locale={locale}
        label={t.signInTitle}
        mode={mode}
        onChange={(option) => {
          setMode(option)
          setError(null)
        }}
      />
      {mode === "phone" ? (
        <PhoneCodeFields
          locale={locale}
          labels={{ phone: t.phone, submit: t.submitSignIn }}
          pending={pending}
          onError={setError}
          onSubmit={(phone, code) => startTransition(async () => settle(await signInWithPhoneCode(phone, code)))}
        />
      ) : (
        <EmailFields locale={locale} pending={pending} onSubmit={(email, password, create) => startTransition(async () => settle(await signInWithEmail(email, password, create)))} />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="or-divider" aria-hidden>
        <span>{t.or}</span>
      </div>
      <button
        type="button"
        className="button button-block button-wechat"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null)
            const started = await startWechatSignIn(next ?? `${window.location.pathname}${window.location.search}`)
            if (started.ok) window.location.assign(started.location)
            else setError(errorText(locale, started.code))
          })
        }
      >
        {t.byWechat}
      </button>
    </section>
  )
}

function EmailFields({ locale, pending, onSubmit }: { locale: Locale; pending: boolean; onSubmit: (email: string, password: string, create: boolean) => void }) {
  const t = textsOf(locale, account)
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
