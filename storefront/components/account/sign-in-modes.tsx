"use client"

import { messagesFor, type Locale } from "@/lib/i18n"

export type SignInMode = "phone" | "email"

/** A sign-in form's two ways in, as tabs: the code texted to a phone, or email and password. */
export function SignInModes({ locale, label, mode, onChange }: { locale: Locale; label: string; mode: SignInMode; onChange: (mode: SignInMode) => void }) {
  const t = messagesFor(locale)
  return (
    <div className="segmented" role="tablist" aria-label={label}>
      {(["phone", "email"] as const).map((option) => (
        <button key={option} type="button" role="tab" aria-selected={mode === option} className={mode === option ? "selected" : ""} onClick={() => onChange(option)}>
          {option === "phone" ? t.byPhone : t.byEmail}
        </button>
      ))}
    </div>
  )
}
