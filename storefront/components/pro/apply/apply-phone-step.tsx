"use client"

import { useState, useTransition } from "react"
import { PhoneCodeFields } from "@/components/account/phone-code-fields"
import { proSignInWithPhoneCode } from "@/lib/actions/pro/session"
import { localePath, messagesFor, type Locale } from "@/lib/i18n"
import { errorText } from "@/lib/messages/errors"

/** Applying starts with the phone: the code texted to it signs the person in, to apply (or, if they are a beautician already, to the portal). */
export function ApplyPhoneStep({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  return (
    <section className="sign-in" aria-labelledby="apply-phone-title">
      <h2 id="apply-phone-title">{t.applyPhoneTitle}</h2>
      <p className="form-hint">{t.applyPhoneLead}</p>
      <PhoneCodeFields
        locale={locale}
        actor="beautician"
        labels={{ phone: t.phone, submit: t.applyPhoneSubmit }}
        pending={pending}
        onError={setError}
        onSubmit={(phone, code) =>
          startTransition(async () => {
            setError(null)
            const result = await proSignInWithPhoneCode(phone, code)
            if (!result.ok) return setError(errorText(locale, result.code))
            // Reloaded, the page shows the form, or where an application already stands.
            window.location.assign(localePath(locale, result.applicant ? "/pro/apply" : "/pro"))
          })
        }
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
