"use client"

import Link from "next/link"
import { useState, useTransition } from "react"
import { SignInModes, type SignInMode } from "@/components/account/sign-in-modes"
import { proSignInWithEmail } from "@/lib/actions/pro/session"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { ProPhoneSignIn } from "./pro-phone-sign-in"
import { account } from "@/lib/messages/account"
import { proApply } from "@/lib/messages/pro-apply"
import { pro } from "@/lib/messages/pro"
import { textsOf } from "@/lib/texts"

/**
 * A beautician signs in by the code texted to their phone, or with the email
 * and password their studio set up; then on to `next`. A phone that is not a
 * beautician's yet goes on to apply.
 */
export function ProSignInForm({ locale, next }: { locale: Locale; next: string }) {
  const t = textsOf(locale, account, proApply, pro)
  const [mode, setMode] = useState<SignInMode>("phone")
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  return (
    <section className="sign-in" aria-labelledby="pro-sign-in-title">
      <h1 id="pro-sign-in-title">{t.proSignInTitle}</h1>
      <p className="form-hint">{mode === "phone" ? t.proPhoneLead : t.proSignInLead}</p>
      <SignInModes
        locale={locale}
        label={t.proSignInTitle}
        mode={mode}
        onChange={(option) => {
          setMode(option)
          setError(null)
        }}
      />
      {mode === "phone" ? (
        <ProPhoneSignIn locale={locale} submitLabel={t.proSignInSubmit} next={next} onError={setError} />
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault()
            const data = new FormData(event.currentTarget)
            startTransition(async () => {
              setError(null)
              const result = await proSignInWithEmail(String(data.get("email")), String(data.get("password")))
              if (result.ok) window.location.assign(next)
              else setError(errorText(locale, result.code))
            })
          }}
        >
          <label className="field">
            <span>{t.email}</span>
            <input name="email" type="email" autoComplete="email" required />
          </label>
          <label className="field">
            <span>{t.password}</span>
            <input name="password" type="password" autoComplete="current-password" required minLength={8} />
          </label>
          <button type="submit" className="button button-block" disabled={pending}>
            {t.proSignInSubmit}
          </button>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="form-hint">{t.proRemembered}</p>
      <p className="pro-sign-in-links">
        <Link href={localePath(locale, "/pro/apply")} prefetch={false}>
          {t.proApplyLink}
        </Link>
        <Link href={localePath(locale)} prefetch={false}>
          {t.proCustomerSite}
        </Link>
      </p>
    </section>
  )
}
