"use client"

import { useState } from "react"
import { localePath, type Locale } from "@/lib/locale"
import { ProPhoneSignIn } from "../pro-phone-sign-in"
import { proApply } from "@/lib/messages/pro-apply"
import { textsOf } from "@/lib/texts"

/** Applying starts with the phone: the code texted to it signs the person in, to apply (or, if they are a beautician already, to the portal). */
export function ApplyPhoneStep({ locale }: { locale: Locale }) {
  const t = textsOf(locale, proApply)
  const [error, setError] = useState<string | null>(null)
  return (
    <section className="sign-in" aria-labelledby="apply-phone-title">
      <h2 id="apply-phone-title">{t.applyPhoneTitle}</h2>
      <p className="form-hint">{t.applyPhoneLead}</p>
      <ProPhoneSignIn locale={locale} submitLabel={t.applyPhoneSubmit} next={localePath(locale, "/pro")} onError={setError} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
