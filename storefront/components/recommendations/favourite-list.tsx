"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition, type ReactNode } from "react"
import { setFavourite } from "@/lib/actions/recommendations"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { recommendations } from "@/lib/messages/recommendations"
import { textsOf } from "@/lib/texts"

export interface ShownFavourite {
  id: string
  name: string
  /** Her name (a link to her profile) and rating, rendered on the server. */
  who: ReactNode
  /** Her next free times, or that there are none. */
  times: ReactNode
}

/** The account's favourite beauticians, each with her next free times and a way to remove her. */
export function FavouriteList({ favourites, locale }: { favourites: ShownFavourite[]; locale: Locale }) {
  const t = textsOf(locale, recommendations)
  const router = useRouter()
  const [gone, setGone] = useState<Set<string>>(new Set())
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, startBusy] = useTransition()
  const left = favourites.filter((f) => !gone.has(f.id))

  const remove = (favourite: ShownFavourite) =>
    startBusy(async () => {
      setSaid(null)
      const done = await setFavourite(favourite.id, false)
      if (!done.ok) return setSaid({ ok: false, text: errorText(locale, done.code) })
      setGone((before) => new Set(before).add(favourite.id))
      setSaid({ ok: true, text: t.favouriteRemoved(favourite.name) })
      router.refresh()
    })

  return (
    <>
      {left.length === 0 ? (
        <p className="form-hint">{t.favouritesEmpty}</p>
      ) : (
        <ul className="favourite-list">
          {left.map((favourite) => (
            <li key={favourite.id} data-testid="favourite">
              <div className="favourite-head">
                {favourite.who}
                <button type="button" className="button button-quiet" onClick={() => remove(favourite)} disabled={busy} aria-label={t.favouriteRemoveNamed(favourite.name)}>
                  {t.favouriteRemove}
                </button>
              </div>
              {favourite.times}
            </li>
          ))}
        </ul>
      )}
      <p role={said && !said.ok ? "alert" : "status"} className={said && !said.ok ? "form-error" : "form-hint"}>
        {said?.text}
      </p>
    </>
  )
}
