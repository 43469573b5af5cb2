"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { setFavourite } from "@/lib/actions/recommendations"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { recommendations } from "@/lib/messages/recommendations"
import { textsOf } from "@/lib/texts"
import "@/styles/recommendations.css"

/**
 * The heart on a beautician's profile: a toggle for a signed-in customer;
 * for a guest, the way to sign in and come back to this profile.
 */
export function FavouriteToggle({ beauticianId, name, favourite, signedIn, path, locale }: { beauticianId: string; name: string; favourite: boolean; signedIn: boolean; path: string; locale: Locale }) {
  const t = textsOf(locale, recommendations)
  const router = useRouter()
  const [pressed, setPressed] = useState(favourite)
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, startBusy] = useTransition()

  if (!signedIn) {
    return (
      <div className="favourite-box">
        <Link href={`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`} className="favourite-toggle">
          <span className="heart" aria-hidden>
            ♡
          </span>
          {t.favouriteSignIn}
        </Link>
      </div>
    )
  }

  const toggle = () =>
    startBusy(async () => {
      const next = !pressed
      setSaid(null)
      const done = await setFavourite(beauticianId, next)
      if (!done.ok) {
        if (done.code === "UNAUTHORIZED") return router.push(`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`)
        return setSaid({ ok: false, text: errorText(locale, done.code) })
      }
      setPressed(next)
      setSaid({ ok: true, text: next ? t.favouriteAdded(name) : t.favouriteRemoved(name) })
    })

  return (
    <div className="favourite-box">
      <button type="button" className="favourite-toggle" aria-pressed={pressed} onClick={toggle} disabled={busy}>
        <span className="heart" aria-hidden>
          {pressed ? "♥" : "♡"}
        </span>
        {pressed ? t.favouriteOn : t.favourite}
      </button>
      <p role={said && !said.ok ? "alert" : "status"} className="favourite-said">
        {said?.text}
      </p>
    </div>
  )
}
