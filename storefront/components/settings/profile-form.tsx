"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { saveProfile } from "@/lib/actions/account"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { account } from "@/lib/messages/account"
import { settings } from "@/lib/messages/settings"
import { textsOf } from "@/lib/texts"

/** The customer's name (family name first in Chinese), and their email, shown but not changed here. */
export function ProfileForm({ locale, firstName, lastName, email }: { locale: Locale; firstName: string; lastName: string; email: string | null }) {
  const t = textsOf(locale, account, settings)
  const router = useRouter()
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, startBusy] = useTransition()
  const last = (
    <label className="field" key="last">
      <span>{t.lastName}</span>
      <input name="last_name" autoComplete="family-name" maxLength={60} defaultValue={lastName} />
    </label>
  )
  const first = (
    <label className="field" key="first">
      <span>{t.firstName}</span>
      <input name="first_name" autoComplete="given-name" maxLength={60} defaultValue={firstName} />
    </label>
  )

  return (
    <section className="panel" aria-labelledby="profile-title">
      <h2 id="profile-title">{t.profileTitle}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          const data = new FormData(event.currentTarget)
          startBusy(async () => {
            setSaid(null)
            const done = await saveProfile({ first_name: String(data.get("first_name")), last_name: String(data.get("last_name")) })
            if (!done.ok) return setSaid({ ok: false, text: errorText(locale, done.code) })
            setSaid({ ok: true, text: t.profileSaved })
            router.refresh()
          })
        }}
      >
        <div className="field-grid">{locale === "zh-CN" ? [last, first] : [first, last]}</div>
        <div className="field">
          <span>{t.email}</span>
          <p className="static-value" aria-describedby="email-hint">
            {email ?? t.emailNotSet}
          </p>
          <small id="email-hint" className="form-hint">
            {t.emailFixed}
          </small>
        </div>
        <div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.submitting : t.saveProfile}
          </button>
        </div>
        <p role={said && !said.ok ? "alert" : "status"} className={said && !said.ok ? "form-error" : "form-hint"}>
          {said?.text}
        </p>
      </form>
    </section>
  )
}
