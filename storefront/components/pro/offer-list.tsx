"use client"

import { useRouter } from "next/navigation"
import { useCallback, useEffect, useRef, useState } from "react"
import { passOnOffer, takeOffer } from "@/lib/actions/pro/day"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import type { OfferView } from "@/lib/pro/views"
import { OfferCard } from "./offer-card"
import { proOffers } from "@/lib/messages/pro-offers"
import { textsOf } from "@/lib/texts"

/**
 * The open offers, as the server last read them (the live stream reads them
 * again on every change). An offer that leaves the list without this page
 * answering it was taken or expired: it goes with a message. Accepting opens
 * the job; declining says it goes to someone else.
 */
export function OfferList({ locale, offers, empty }: { locale: Locale; offers: OfferView[]; empty: string }) {
  const t = textsOf(locale, proOffers)
  const router = useRouter()
  const [messages, setMessages] = useState<string[]>([])
  const [busy, setBusy] = useState<string | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const shown = useRef(new Map(offers.map((offer) => [offer.id, offer])))
  /** Offers whose going this page already explained (answered here, or their time ran out here). */
  const explained = useRef(new Set<string>())

  const say = useCallback((message: string) => setMessages((previous) => [message, ...previous].slice(0, 3)), [])

  useEffect(() => {
    const now = new Set(offers.map((offer) => offer.id))
    for (const [id, offer] of shown.current) {
      if (!now.has(id) && !explained.current.has(id)) say(t.offerClosed(offer.service, offer.when))
    }
    shown.current = new Map(offers.map((offer) => [offer.id, offer]))
  }, [offers, say, t])

  async function accept(offer: OfferView) {
    setBusy(offer.id)
    const result = await takeOffer(offer.id)
    if (result.ok) {
      explained.current.add(offer.id)
      router.push(localePath(locale, `/pro/jobs/${result.appointmentId}`))
      return
    }
    setBusy(null)
    if (result.code === "OFFER_CLOSED") {
      explained.current.add(offer.id)
      say(`${errorText(locale, result.code)} ${t.offerClosed(offer.service, offer.when)}`)
      router.refresh()
    } else setErrors((previous) => ({ ...previous, [offer.id]: errorText(locale, result.code) }))
  }

  async function decline(offer: OfferView, reason: string) {
    setBusy(offer.id)
    const result = await passOnOffer(offer.id, reason)
    setBusy(null)
    if (result.ok || result.code === "OFFER_CLOSED") {
      explained.current.add(offer.id)
      say(result.ok ? t.offerDeclined : errorText(locale, result.code))
      router.refresh()
    } else setErrors((previous) => ({ ...previous, [offer.id]: errorText(locale, result.code) }))
  }

  const timeUp = useCallback(
    (offer: OfferView) => {
      explained.current.add(offer.id)
      say(t.offerTimedOut(offer.service))
      router.refresh()
    },
    [router, say, t],
  )

  return (
    <>
      <div className="offer-messages" role="status" aria-live="polite">
        {messages.map((message, i) => (
          <p key={`${i}-${message}`} className="offer-message">
            {message}
          </p>
        ))}
      </div>
      {offers.length === 0 ? (
        <p className="notice offer-empty">{empty}</p>
      ) : (
        <div className="offer-list">
          {offers.map((offer) => (
            <OfferCard
              key={offer.id}
              locale={locale}
              offer={offer}
              busy={busy === offer.id}
              error={errors[offer.id] ?? null}
              onAccept={() => void accept(offer)}
              onDecline={(reason) => void decline(offer, reason)}
              onTimeUp={() => timeUp(offer)}
            />
          ))}
        </div>
      )}
    </>
  )
}
