"use client"

import { useTransition } from "react"
import { PhoneCodeFields } from "@/components/account/phone-code-fields"
import { proSignInWithPhoneCode } from "@/lib/actions/pro/session"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { account } from "@/lib/messages/account"
import { textsOf } from "@/lib/texts"

/**
 * The portal's sign-in by the code texted to the phone: a beautician goes on
 * to `next`, anyone else (whose sign-in is kept) to apply to a studio.
 */
export function ProPhoneSignIn({ locale, submitLabel, next, onError }: { locale: Locale; submitLabel: string; next: string; onError: (message: string | null) => void }) {
  const t = textsOf(locale, account)
  const [pending, startTransition] = useTransition()
  return (
    <PhoneCodeFields
      locale={locale}
      actor="beautician"
      labels={{ phone: t.phone, submit: submitLabel }}
      pending={pending}
      onError={onError}
      onSubmit={(phone, code) =>
        startTransition(async () => {
          onError(null)
          const result = await proSignInWithPhoneCode(phone, code)
          if (!result.ok) onError(errorText(locale, result.code))
          else window.location.assign(result.applicant ? localePath(locale, "/pro/apply") : next)
        })
      }
    />
  )
}
