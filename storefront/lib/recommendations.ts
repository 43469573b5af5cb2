import { answer, store, type Answer, type JsonOf } from "./api"
import { BackendUnavailableError } from "./backend"

/**
 * Recommendations, favourite beauticians and the viewing history (C5), from
 * the recommendations plugin's store routes through the typed client.
 */
export type Recommendations = JsonOf<"/store/recommendations", "get">
export type Recommendation = Recommendations["recommendations"][number]
export type Favourite = JsonOf<"/store/favourites", "get">["favourites"][number]
export type ViewingHistory = JsonOf<"/store/viewing-history", "get">

/**
 * Suggestions for whoever holds `token` (theirs, near their default address)
 * or a guest at `place`; with `productId`, for that service's page. A lapsed
 * session gets a guest's.
 */
export async function recommend(query: { token?: string; productId?: string; place?: { lat: number; lng: number }; limit?: number }): Promise<Recommendations> {
  const params = {
    limit: query.limit ?? 6,
    ...(query.productId ? { product_id: query.productId } : {}),
    ...(query.place && !query.token ? { lat: query.place.lat, lng: query.place.lng } : {}),
  }
  const got = await answer("/store/recommendations", store(query.token).GET("/store/recommendations", { params: { query: params } }))
  if (got.ok) return got.data
  if (got.code === "UNAUTHORIZED" && query.token) return recommend({ ...query, token: undefined })
  throw new BackendUnavailableError("commerce", `${got.status} ${got.code} from /store/recommendations`)
}

export function myFavourites(token: string): Promise<Answer<JsonOf<"/store/favourites", "get">>> {
  return answer("/store/favourites", store(token).GET("/store/favourites"))
}

/** Makes the beautician a favourite, or no longer one; both are idempotent. */
export function markFavourite(token: string, beauticianId: string, favourite: boolean): Promise<Answer<unknown>> {
  const params = { path: { beautician_id: beauticianId } }
  const client = store(token)
  return favourite
    ? answer("/store/favourites/{beautician_id}", client.PUT("/store/favourites/{beautician_id}", { params }))
    : answer("/store/favourites/{beautician_id}", client.DELETE("/store/favourites/{beautician_id}", { params }))
}

export function myViewingHistory(token: string): Promise<Answer<ViewingHistory>> {
  return answer("/store/viewing-history", store(token).GET("/store/viewing-history"))
}

export function consentToHistory(token: string, consent: boolean) {
  return answer("/store/viewing-history/consent", store(token).PUT("/store/viewing-history/consent", { body: { consent } }))
}

export function recordView(token: string, productId: string) {
  return answer("/store/viewing-history", store(token).POST("/store/viewing-history", { body: { product_id: productId } }))
}

export function clearHistory(token: string): Promise<Answer<JsonOf<"/store/viewing-history", "delete">>> {
  return answer("/store/viewing-history", store(token).DELETE("/store/viewing-history"))
}
