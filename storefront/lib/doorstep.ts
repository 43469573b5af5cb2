import { answer, store, type JsonOf } from "./api"
import { BackendUnavailableError } from "./backend"

/**
 * Our own store routes (beauticians, reviews, studios), called through the
 * typed client generated from the OpenAPI document; Medusa's own routes stay
 * in `commerce.ts`.
 */
export type BeauticianProfile = JsonOf<"/store/beauticians/{id}", "get">["beautician"]
export type BeauticianNearby = JsonOf<"/store/beauticians", "get">["beauticians"][number]
export type BeauticianReview = JsonOf<"/store/beauticians/{id}/reviews", "get">["reviews"][number]
export type ServiceReview = JsonOf<"/store/reviews", "get">["reviews"][number]
export type StudioPublic = JsonOf<"/store/merchants/{handle}", "get">["merchant"]

/** The beautician's public profile, or undefined when commerce says `BEAUTICIAN_NOT_FOUND`. */
export async function findBeautician(id: string): Promise<BeauticianProfile | undefined> {
  const got = await answer("/store/beauticians/{id}", store().GET("/store/beauticians/{id}", { params: { path: { id } } }))
  if (got.ok) return got.data.beautician
  if (got.code === "BEAUTICIAN_NOT_FOUND") return undefined
  throw new BackendUnavailableError("commerce", `${got.status} ${got.code} from /store/beauticians/{id}`)
}

/** Visible reviews, newest first, with the studio's replies. */
export async function listBeauticianReviews(id: string): Promise<BeauticianReview[]> {
  const got = await answer("/store/beauticians/{id}/reviews", store().GET("/store/beauticians/{id}/reviews", { params: { path: { id } } }))
  return got.ok ? got.data.reviews : []
}

/** A service's visible reviews (any of its options), newest first, each naming the beautician who did the job. */
export async function listServiceReviews(productId: string, limit = 6): Promise<ServiceReview[]> {
  const got = await answer("/store/reviews", store().GET("/store/reviews", { params: { query: { product_id: productId, limit } } }))
  if (!got.ok) throw new BackendUnavailableError("commerce", `${got.status} ${got.code} from /store/reviews`)
  return got.data.reviews
}

/** The studio, or undefined when it is not (or no longer) approved. */
export async function findStudio(handle: string): Promise<StudioPublic | undefined> {
  const got = await answer("/store/merchants/{handle}", store().GET("/store/merchants/{handle}", { params: { path: { handle } } }))
  return got.ok ? got.data.merchant : undefined
}

/** Who comes to a place, nearest first; with `productId`, only those who perform that service. */
export async function listBeauticiansNear(
  place: { lat: number; lng: number },
  options: { productId?: string; limit?: number } = {},
): Promise<BeauticianNearby[]> {
  const query = { lat: place.lat, lng: place.lng, limit: options.limit ?? 20, ...(options.productId ? { product_id: options.productId } : {}) }
  const got = await answer("/store/beauticians", store().GET("/store/beauticians", { params: { query } }))
  if (!got.ok) throw new BackendUnavailableError("commerce", `${got.status} ${got.code} from /store/beauticians`)
  return got.data.beauticians
}

/** Where lists of beauticians start until the customer gives an address: People's Square, Shanghai's centre (in 黄浦区). */
export const PEOPLES_SQUARE = { lat: 31.2304, lng: 121.4737, district: "黄浦区" } as const
