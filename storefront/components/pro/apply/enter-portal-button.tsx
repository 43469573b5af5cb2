"use client"

import { useState, useTransition } from "react"
import { enterPortal } from "@/lib/actions/pro/application"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { proApply } from "@/lib/messages/pro-apply"
import { textsOf } from "@/lib/texts"

/** Approved: the sign-in is renewed to name the new beautician, and the portal opens. */
export function EnterPortalButton({ locale }: { locale: Locale }) {
  const t = textsOf(locale, proApply)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  return (
    <>
      <button
        type="button"
        className="button button-block"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const entered = await enterPortal()
            if (entered.ok) window.location.assign(localePath(locale, "/pro"))
            else setError(errorText(locale, entered.code))
          })
        }
      >
        {t.applyEnterPortal}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
