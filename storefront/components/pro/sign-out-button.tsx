"use client"

import { useTransition } from "react"
import { forgetPushSubscription } from "@/lib/actions/pro/day"
import { proSignOut } from "@/lib/actions/pro/session"
import { localePath, type Locale } from "@/lib/locale"
import { forgetThisDevice } from "@/lib/pro/worker"
import { pro } from "@/lib/messages/pro"
import { textsOf } from "@/lib/texts"

/** Ends the portal's session on this device (its notifications and kept pages too) and goes to its sign-in page. */
export function SignOutButton({ locale }: { locale: Locale }) {
  const [pending, startTransition] = useTransition()
  return (
    <button
      type="button"
      className="button button-quiet button-block"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          // A device that cannot forget (no worker, a push service down) still signs out.
          await forgetThisDevice(locale, forgetPushSubscription).catch(() => undefined)
          await proSignOut()
          window.location.assign(localePath(locale, "/pro/sign-in"))
        })
      }
    >
      {textsOf(locale, pro).proSignOut}
    </button>
  )
}
