"use client"

import { useEffect, useRef, useState } from "react"
import type { Locale } from "@/lib/locale"
import type { OfferView } from "@/lib/pro/views"
import { proOffers } from "@/lib/messages/pro-offers"
import { textsOf } from "@/lib/texts"

/**
 * Why a beautician passes, as the studio's staff read it in the dispatch log:
 * in both languages, whichever the beautician reads.
 */
const REASONS = {
  clash: "时间冲突 · Time clash",
  far: "距离太远 · Too far",
  skill: "不擅长这项服务 · Not my specialty",
  personal: "临时有事 · Something came up",
} as const
type Reason = keyof typeof REASONS

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`
}

/** Milliseconds until `at`, by the browser's clock (null until mounted: the server's clock is not the phone's); `onEnd` once at zero. */
function useTimeLeft(at: string, onEnd: () => void): number | null {
  const [left, setLeft] = useState<number | null>(null)
  const ending = useRef(onEnd)
  ending.current = onEnd
  useEffect(() => {
    const end = Date.parse(at)
    let ended = false
    const tick = () => {
      const remaining = end - Date.now()
      setLeft(remaining)
      if (remaining <= 0 && !ended) {
        ended = true
        clearInterval(timer)
        ending.current()
      }
    }
    const timer = setInterval(tick, 1000)
    tick()
    return () => clearInterval(timer)
  }, [at])
  return left
}

/**
 * One offered job: what, when, where, how far and what it pays, the time left
 * to answer, accepting in one tap, or declining with a reason.
 */
export function OfferCard({
  locale,
  offer,
  busy,
  error,
  onAccept,
  onDecline,
  onTimeUp,
}: {
  locale: Locale
  offer: OfferView
  busy: boolean
  error: string | null
  onAccept: () => void
  onDecline: (reason: string) => void
  onTimeUp: () => void
}) {
  const t = textsOf(locale, proOffers)
  const left = useTimeLeft(offer.expiresAt, onTimeUp)
  const ended = left !== null && left <= 0
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState<Reason | null>(null)
  const title = `offer-${offer.id}`
  return (
    <article className="offer-card" aria-labelledby={title}>
      <header className="offer-head">
        <h2 id={title}>{offer.service}</h2>
        <p className={`offer-timer ${ended ? "ended" : ""}`} role="timer" aria-live="off">
          {ended ? t.offerExpired : t.offerAnswerIn(left === null ? "–:––" : clock(left))}
        </p>
      </header>
      <dl className="offer-facts">
        <dt>{t.offerWhen}</dt>
        <dd>{offer.when}</dd>
        <dt>{t.offerWhere}</dt>
        <dd>{offer.district ?? "—"}</dd>
        <dt>{t.offerTrip}</dt>
        <dd>{offer.trip}</dd>
        {offer.pay && (
          <>
            <dt>{t.offerPay}</dt>
            <dd>
              <strong className="offer-pay">{offer.pay.estimate}</strong>
              <small>{offer.pay.hint}</small>
            </dd>
          </>
        )}
      </dl>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {declining ? (
        <form
          className="offer-decline"
          onSubmit={(event) => {
            event.preventDefault()
            if (reason) onDecline(REASONS[reason])
          }}
        >
          <fieldset className="choice-list">
            <legend>{t.offerDeclineTitle}</legend>
            {(Object.keys(REASONS) as Reason[]).map((key) => (
              <label key={key} className="choice">
                <input type="radio" name={`reason-${offer.id}`} value={key} checked={reason === key} onChange={() => setReason(key)} />
                <span className="choice-body">{t.offerReasonLabels[key]}</span>
              </label>
            ))}
          </fieldset>
          <div className="offer-actions">
            <button type="button" className="button button-quiet" onClick={() => setDeclining(false)} disabled={busy}>
              {t.offerDeclineKeep}
            </button>
            <button type="submit" className="button button-danger" disabled={busy || !reason || ended}>
              {t.offerDeclineSend}
            </button>
          </div>
        </form>
      ) : (
        <div className="offer-actions">
          <button type="button" className="button button-quiet" onClick={() => setDeclining(true)} disabled={busy || ended}>
            {t.offerDecline}
          </button>
          <button type="button" className="button offer-accept" onClick={onAccept} disabled={busy || ended} aria-describedby={title}>
            {busy ? t.offerAccepting : t.offerAccept}
          </button>
        </div>
      )}
    </article>
  )
}
