import { medusa, type Answer } from "./api"
import { BackendUnavailableError } from "./backend"

/**
 * Recommendations, favourite beauticians and the viewing history (C5), from
 * the recommendations plugin's store routes. Refusals other than a lapsed
 * session are commerce failing: the pages show their error state for them.
 */

export type ReasonCode = "booked_together" | "rebook_due" | "favourite_free" | "popular_nearby" | "viewed"

export interface Recommendation {
  product_id: string
  handle: string
  beautician: { id: string; display_name: string; rating: number | null; review_count: number } | null
  slots: Array<{ starts_at: string; variant_id: string }>
  reason: { code: ReasonCode; because_product_id?: string; interval_days?: number; due_on?: string; bookings?: number }
}
export interface Recommendations {
  personal: boolean
  recommendations: Recommendation[]
}

export interface Favourite {
  beautician: { id: string; display_name: string; merchant_handle: string | null; rating: number | null; review_count: number }
  created_at: string
  next_free: Array<{ starts_at: string; product_id: string; variant_id: string }>
}

export interface ViewingHistory {
  consent: boolean
  consented_at: string | null
  views: Array<{ product_id: string; handle: string; viewed_at: string }>
}

function orThrow<T>(got: Answer<T>, where: string): T {
  if (got.ok) return got.data
  throw new BackendUnavailableError("commerce", `${got.status} ${got.code} from ${where}`)
}

/**
 * Suggestions for whoever holds `token` (theirs, near their default address)
 * or a guest at `place`; with `productId`, for that service's page.
 */
export async function recommend(query: { token?: string; productId?: string; place?: { lat: number; lng: number }; limit?: number }): Promise<Recommendations> {
  const params: Record<string, string> = { limit: String(query.limit ?? 6) }
  if (query.productId) params.product_id = query.productId
  if (query.place && !query.token) Object.assign(params, { lat: String(query.place.lat), lng: String(query.place.lng) })
  const got = await medusa<Recommendations>("/store/recommendations", { token: query.token, query: params })
  // A lapsed session is a guest's view, not an error.
  if (!got.ok && got.code === "UNAUTHORIZED" && query.token) return recommend({ ...query, token: undefined })
  return orThrow(got, "/store/recommendations")
}

export async function myFavourites(token: string): Promise<Answer<{ favourites: Favourite[] }>> {
  return medusa<{ favourites: Favourite[] }>("/store/favourites", { token })
}

export function markFavourite(token: string, beauticianId: string, favourite: boolean) {
  const path = `/store/favourites/${encodeURIComponent(beauticianId)}`
  return medusa<unknown>(path, { method: favourite ? "PUT" : "DELETE", token })
}

export function myViewingHistory(token: string): Promise<Answer<ViewingHistory>> {
  return medusa<ViewingHistory>("/store/viewing-history", { token })
}

export function consentToHistory(token: string, consent: boolean) {
  return medusa<{ consent: boolean; consented_at: string | null }>("/store/viewing-history/consent", { method: "PUT", token, body: { consent } })
}

export function recordView(token: string, productId: string) {
  return medusa<{ recorded: boolean }>("/store/viewing-history", { token, body: { product_id: productId } })
}

export function clearHistory(token: string) {
  return medusa<{ cleared: number }>("/store/viewing-history", { method: "DELETE", token })
}
