"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { addPhone } from "@/lib/actions/account"
import { PhoneCodeFields } from "@/components/account/phone-code-fields"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { settings } from "@/lib/messages/settings"
import { textsOf } from "@/lib/texts"

/** The phone that signs into the account, and adding one: a code texted to it, then the code proves it. */
export function PhoneForm({ locale, current }: { locale: Locale; current: string | null }) {
  const t = textsOf(locale, settings)
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const [busy, startBusy] = useTransition()

  const bind = (phone: string, code: string) =>
    startBusy(async () => {
      setError(null)
      const done = await addPhone(phone, code)
      if (!done.ok) return setError(errorText(locale, done.code))
      setSaved(true)
      setOpen(false)
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
        <>
          <PhoneCodeFields
            locale={locale}
            labels={{ phone: t.newPhone, submit: t.confirmBind }}
            pending={busy}
            onError={setError}
            onSubmit={bind}
            after={
              <button type="button" className="button button-quiet" onClick={() => setOpen(false)} disabled={busy}>
                {t.notNow}
              </button>
            }
          />
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  )
}
