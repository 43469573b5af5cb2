import type { MedusaContainer } from "@medusajs/framework/types"
import { DateTime } from "luxon"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { TASTE_MODULE, type TasteModuleService } from "../modules/taste"
import { favouriteServices, nextFreeStarts, savedPlace, type FavouriteService, type Place } from "./next-free"
import { recommend, type Suggestion } from "./recommend"
import { bookableServices, bookingsOf, catalogue, everyone, popularNear, type Catalogue } from "./signals"

/** A beautician as a suggestion or a favourite shows her. */
export interface BeauticianCard {
  id: string
  display_name: string
  merchant_handle: string | null
  rating: number | null
  review_count: number
}

export interface SuggestionAnswer {
  product_id: string
  handle: string
  beautician: BeauticianCard | null
  slots: Array<{ starts_at: string; variant_id: string }>
  reason: {
    code: Suggestion["reason"]["code"]
    because_product_id?: string
    interval_days?: number
    due_on?: string
    bookings?: number
    within_km?: number | null
  }
}

/** Active beauticians of studios that take bookings, by id. */
export async function beauticianCards(container: MedusaContainer, ids: string[]): Promise<Map<string, BeauticianCard>> {
  if (ids.length === 0) return new Map()
  const rows = await container
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .listBeauticians({ id: [...new Set(ids)], status: "active", merchant_bookable: true }, { select: ["id", "display_name", "merchant_handle", "rating", "review_count"] })
  return new Map(rows.map((b) => [b.id, { id: b.id, display_name: b.display_name, merchant_handle: b.merchant_handle ?? null, rating: b.rating ?? null, review_count: b.review_count ?? 0 }]))
}

export interface SuggestionQuery {
  customerId: string | null
  /** Where the customer is (a guest's choice); a signed-in customer's default address when not given. */
  place: Place | null
  /** The service page open, if any. */
  productId?: string
  limit: number
  now?: Date
}

/**
 * The suggestions for a customer or a guest, best first, each with its
 * reason; a favourite is suggested only with free times at their place.
 */
export async function suggestionsFor(container: MedusaContainer, query: SuggestionQuery): Promise<{ personal: boolean; recommendations: SuggestionAnswer[] }> {
  const now = query.now ?? new Date()
  const customerId = query.customerId
  const place = query.place ?? (customerId ? await savedPlace(container, customerId) : null)
  const taste = container.resolve<TasteModuleService>(TASTE_MODULE)
  const [services, population, popular, bookable, bookings, views, favourites] = await Promise.all([
    catalogue(container, now.getTime()),
    everyone(container, now.getTime()),
    popularNear(container, place, now.getTime()),
    bookableServices(container, place),
    customerId ? bookingsOf(container, customerId) : [],
    customerId ? taste.viewsOf(customerId, 50) : [],
    customerId ? taste.favouritesOf(customerId) : [],
  ])
  const cards = await beauticianCards(container, favourites.map((f) => f.beautician_id))
  const choices = await favouriteServices(container, favourites.map((f) => f.beautician_id).filter((id) => cards.has(id)), bookings, services)
  const suggestions = recommend(
    {
      now,
      bookings,
      population,
      popular: popular.counts,
      views: views.map((v) => ({ productId: v.product_id, viewedAt: new Date(v.viewed_at) })),
      favourites: choices,
      bookable,
      context: query.productId,
    },
    query.limit + choices.length,
  )
  const zone = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).bookingSettings().timezone
  const answers: SuggestionAnswer[] = []
  for (const suggestion of suggestions) {
    if (answers.length === query.limit) break
    const answer = await answerOf(container, suggestion, { services, choices, cards, place, zone, withinKm: popular.withinKm, now })
    if (answer) answers.push(answer)
  }
  return { personal: customerId !== null && (bookings.length > 0 || views.length > 0 || choices.length > 0), recommendations: answers }
}

async function answerOf(
  container: MedusaContainer,
  suggestion: Suggestion,
  context: { services: Catalogue; choices: FavouriteService[]; cards: Map<string, BeauticianCard>; place: Place | null; zone: string; withinKm: number | null; now: Date },
): Promise<SuggestionAnswer | null> {
  const service = context.services.services.get(suggestion.productId)
  if (!service) return null
  const base = { product_id: service.productId, handle: service.handle, beautician: null, slots: [] }
  const { reason } = suggestion
  switch (reason.code) {
    case "favourite_free": {
      const choice = context.choices.find((c) => c.beauticianId === suggestion.beauticianId && c.productId === suggestion.productId)
      const card = suggestion.beauticianId ? context.cards.get(suggestion.beauticianId) : undefined
      if (!choice || !card || !context.place) return null
      const starts = await nextFreeStarts(container, choice, context.place, context.now)
      if (starts.length === 0) return null
      return { ...base, beautician: card, slots: starts.map((starts_at) => ({ starts_at, variant_id: choice.variantId })), reason: { code: reason.code } }
    }
    case "rebook_due":
      return { ...base, reason: { code: reason.code, interval_days: reason.intervalDays, due_on: DateTime.fromJSDate(reason.dueOn, { zone: context.zone }).toISODate()! } }
    case "booked_together":
    case "viewed":
      return { ...base, reason: { code: reason.code, because_product_id: reason.becauseProductId } }
    case "popular_nearby":
      return { ...base, reason: { code: reason.code, bookings: reason.bookings, within_km: context.withinKm } }
  }
}

/** The customer's favourite beauticians, most recently marked first, each with her next free times at their default address. */
export async function favouritesOf(container: MedusaContainer, customerId: string, now = new Date()) {
  const favourites = await container.resolve<TasteModuleService>(TASTE_MODULE).favouritesOf(customerId)
  const [cards, bookings, services, place] = await Promise.all([
    beauticianCards(container, favourites.map((f) => f.beautician_id)),
    bookingsOf(container, customerId),
    catalogue(container, now.getTime()),
    savedPlace(container, customerId),
  ])
  const choices = await favouriteServices(container, [...cards.keys()], bookings, services)
  return await Promise.all(
    favourites
      .filter((f) => cards.has(f.beautician_id))
      .map(async (f) => {
        const choice = choices.find((c) => c.beauticianId === f.beautician_id)
        const starts = choice && place ? await nextFreeStarts(container, choice, place, now) : []
        return {
          beautician: cards.get(f.beautician_id)!,
          created_at: new Date(f.created_at).toISOString(),
          next_free: starts.map((starts_at) => ({ starts_at, product_id: choice!.productId, variant_id: choice!.variantId })),
        }
      }),
  )
}
