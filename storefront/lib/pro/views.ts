import { messagesFor } from "../i18n"
import type { Locale } from "../locale"
import { formatCny } from "../money"
import { formatClock, formatWhen } from "../time"
import type { BookedService } from "../visit"
import type { JobPay, OpenOffer } from "./day"

/** An offer as the page shows it, its words already in the reader's language. */
export interface OfferView {
  id: string
  appointmentId: string
  service: string
  when: string
  district: string | null
  trip: string
  pay: { estimate: string; hint: string } | null
  expiresAt: string
}

/** "补水焕颜 · 60 分钟": the service and the option booked. */
export function serviceName(service: BookedService | undefined, locale: Locale): string {
  if (!service) return messagesFor(locale).unknownService
  return service.option.title ? `${service.title} · ${service.option.title}` : service.title
}

/** "12月3日 周四 14:00–15:00", in Shanghai. */
export const timeSpan = (start: string, end: string, locale: Locale) => `${formatWhen(start, locale)}–${formatClock(end, locale)}`

export const yuan = (fen: number, locale: Locale) => formatCny(fen / 100, locale)

export function offerView(offer: OpenOffer, service: BookedService | undefined, pay: JobPay | undefined, locale: Locale): OfferView {
  const t = messagesFor(locale)
  return {
    id: offer.id,
    appointmentId: offer.appointment_id,
    service: serviceName(service, locale),
    when: timeSpan(offer.start, offer.end, locale),
    district: offer.district,
    trip: t.offerTripText(offer.distance_km.toFixed(1), offer.travel_in_minutes),
    pay: pay ? { estimate: t.offerPayText(yuan(pay.estimate_fen, locale)), hint: t.offerPayHint(yuan(pay.price_fen, locale)) } : null,
    expiresAt: offer.expires_at,
  }
}
