import { availability, savedAddresses, type BookingRules, stripDates } from "./booking"
import { PEOPLES_SQUARE } from "./doorstep"

/** Where a profile's free times are worked out for: the customer's default saved address (the one booking offers first), or the city's centre. */
export type TimesPlace = { lat: number; lng: number; district: string } & ({ kind: "saved"; line1: string } | { kind: "centre" })

export async function timesPlace(token: string | undefined): Promise<TimesPlace> {
  const [saved] = token ? await savedAddresses(token) : []
  return saved ? { kind: "saved", lat: saved.lat, lng: saved.lng, district: saved.district, line1: saved.line1 } : { kind: "centre", ...PEOPLES_SQUARE }
}

/** How many free starts a profile offers per service. */
export const NEXT_FREE_COUNT = 3

export type NextFree = { ok: true; starts: string[]; days: number } | { ok: false; code: string }

/**
 * The beautician's next free starts for one service option at a place, over
 * the days the booking page's date strip offers (from today), earliest first;
 * or why there are none to offer (the place is outside their area…).
 */
export async function nextFreeStarts(query: { beauticianId: string; variantId: string; place: TimesPlace; rules: BookingRules }): Promise<NextFree> {
  const days = stripDates(query.rules)
  const got = await availability({
    variantId: query.variantId,
    beauticianId: query.beauticianId,
    lat: query.place.lat,
    lng: query.place.lng,
    district: query.place.district,
    date: days[0],
    days: days.length,
  })
  if (!got.ok) return { ok: false, code: got.code }
  return { ok: true, starts: got.data.slots.slice(0, NEXT_FREE_COUNT).map((slot) => slot.start), days: days.length }
}
