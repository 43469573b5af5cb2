"use client"

import type { Locale } from "@/lib/locale"
import { account } from "@/lib/messages/account"
import { textsOf } from "@/lib/texts"

export type SignInMode = "phone" | "email"

/** A sign-in form's two ways in, as tabs: the code texted to a phone, or email and password. */
export function SignInModes({ locale, label, mode, onChange }: { locale: Locale; label: string; mode: SignInMode; onChange: (mode: SignInMode) => void }) {
  const t = textsOf(locale, account)
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
