"use client"

import { useTransition } from "react"
import { proSignOut } from "@/lib/actions/pro/session"
import { localePath, messagesFor, type Locale } from "@/lib/i18n"

/** Ends the portal's session on this device and goes to its sign-in page. */
export function SignOutButton({ locale }: { locale: Locale }) {
  const [pending, startTransition] = useTransition()
  return (
    <button
      type="button"
      className="button button-quiet button-block"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await proSignOut()
          window.location.assign(localePath(locale, "/pro/sign-in"))
        })
      }
    >
      {messagesFor(locale).proSignOut}
    </button>
  )
}
