"use client"

import { useState, useTransition } from "react"
import { renewProCalendarFeed } from "@/lib/actions/pro/profile"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { proProfile } from "@/lib/messages/pro-profile"
import { textsOf } from "@/lib/texts"

/** The feed's address with copy and subscribe, and renewing it only after saying what that does to old subscriptions. */
export function CalendarFeedPanel({ locale, initialUrl }: { locale: Locale; initialUrl: string }) {
  const t = textsOf(locale, proProfile)
  const [url, setUrl] = useState(initialUrl)
  const [confirming, setConfirming] = useState(false)
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, startBusy] = useTransition()
  const webcal = url.replace(/^https?:/, "webcal:")

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setSaid({ ok: true, text: t.proFeedCopied })
    } catch {
      setSaid({ ok: false, text: t.proFeedCopyFailed })
    }
  }

  return (
    <div className="calendar-feed-body">
      <label className="field">
        <span>{t.proFeedUrlLabel}</span>
        <input className="calendar-feed-url" readOnly value={url} onFocus={(event) => event.currentTarget.select()} aria-describedby="calendar-feed-secret" />
      </label>
      <p id="calendar-feed-secret" className="form-hint">
        {t.proFeedSecret}
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={copy}>
          {t.proFeedCopy}
        </button>
        <a className="button" href={webcal}>
          {t.proFeedSubscribe}
        </a>
      </div>
      {confirming ? (
        <div className="calendar-feed-confirm" role="group" aria-labelledby="calendar-feed-warning">
          <p id="calendar-feed-warning">{t.proFeedRenewWarning}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() =>
                startBusy(async () => {
                  const renewed = await renewProCalendarFeed()
                  setConfirming(false)
                  if (!renewed.ok) return setSaid({ ok: false, text: errorText(locale, renewed.code) })
                  setUrl(renewed.url)
                  setSaid({ ok: true, text: t.proFeedRenewed })
                })
              }
            >
              {t.proFeedRenewConfirm}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)} disabled={busy}>
              {t.proFeedRenewCancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-quiet calendar-feed-renew" onClick={() => (setSaid(null), setConfirming(true))}>
          {t.proFeedRenew}
        </button>
      )}
      <p role={said && !said.ok ? "alert" : "status"} className={said && !said.ok ? "form-error" : "form-hint"}>
        {said?.text}
      </p>
    </div>
  )
}
