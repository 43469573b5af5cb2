"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { clearViewingHistory, setHistoryConsent } from "@/lib/actions/recommendations"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { recommendations } from "@/lib/messages/recommendations"
import { textsOf } from "@/lib/texts"

export interface ShownView {
  productId: string
  handle: string
  title: string
  /** When, already worded for the customer (on the server, so both renders agree). */
  when: string
}

/**
 * The viewing history: off until the customer turns it on (saying what is
 * kept and why), the services they looked at, and clearing them. Turning it
 * off clears it as well, and says so.
 */
export function ViewingHistory({ consent, views, locale }: { consent: boolean; views: ShownView[]; locale: Locale }) {
  const t = textsOf(locale, recommendations)
  const router = useRouter()
  const [on, setOn] = useState(consent)
  const [shown, setShown] = useState(views)
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, startBusy] = useTransition()

  const fail = (code: string) => setSaid({ ok: false, text: errorText(locale, code) })

  const switchTo = (consenting: boolean) => {
    // The switch moves at once (outside the transition, which would hold it back); it moves back if commerce refuses.
    setOn(consenting)
    startBusy(async () => {
      setSaid(null)
      const done = await setHistoryConsent(consenting)
      if (!done.ok) {
        setOn(!consenting)
        return fail(done.code)
      }
      setOn(done.consent)
      if (!done.consent) setShown([])
      setSaid({ ok: true, text: done.consent ? t.historyOn : t.historyOffCleared })
      router.refresh()
    })
  }

  const clear = () =>
    startBusy(async () => {
      setSaid(null)
      const done = await clearViewingHistory()
      if (!done.ok) return fail(done.code)
      setShown([])
      setSaid({ ok: true, text: t.historyCleared(done.cleared) })
      router.refresh()
    })

  return (
    <>
      <label className="history-switch">
        <input type="checkbox" role="switch" checked={on} onChange={(event) => switchTo(event.target.checked)} disabled={busy} aria-describedby="history-explain" />
        {t.historySwitch}
      </label>
      <p id="history-explain" className="form-hint">
        {t.historyExplain}
      </p>
      {shown.length === 0 ? (
        <p className="history-empty">{on ? t.historyEmpty : t.historyOffEmpty}</p>
      ) : (
        <>
          <ul className="history-list" aria-label={t.historyTitle}>
            {shown.map((view) => (
              <li key={view.productId}>
                <Link href={localePath(locale, `/services/${view.handle}`)} className="text-link">
                  {view.title}
                </Link>
                <small>{t.historyViewedAt(view.when)}</small>
              </li>
            ))}
          </ul>
          <div className="history-actions">
            <button type="button" className="button button-quiet" onClick={clear} disabled={busy}>
              {t.historyClear}
            </button>
          </div>
        </>
      )}
      <p role={said && !said.ok ? "alert" : "status"} className={said && !said.ok ? "form-error" : "form-hint"}>
        {said?.text}
      </p>
    </>
  )
}
