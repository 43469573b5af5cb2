import { doorstepClient, type paths } from "@doorstep/api"
import { BackendUnavailableError } from "./backend"

/**
 * Our own store routes (beauticians, reviews, studios), called through the
 * typed client generated from the OpenAPI document; Medusa's own routes stay
 * in `commerce.ts`.
 */
type Json<P extends keyof paths, M extends "get"> = paths[P][M] extends { responses: { 200: { content: { "application/json": infer T } } } } ? T : never

export type BeauticianProfile = Json<"/store/beauticians/{id}", "get">["beautician"]
export type BeauticianNearby = Json<"/store/beauticians", "get">["beauticians"][number]
export type BeauticianReview = Json<"/store/beauticians/{id}/reviews", "get">["reviews"][number]
export type StudioPublic = Json<"/store/merchants/{handle}", "get">["merchant"]

const TIMEOUT_MS = 5000

const client = () =>
  doorstepClient({
    baseUrl: process.env.MEDUSA_URL ?? "http://localhost:9000",
    publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
    fetch: (input) => fetch(input, { cache: "no-store", signal: AbortSignal.timeout(TIMEOUT_MS) }),
  })

/** A call that could not reach commerce, or that commerce could not answer, is BackendUnavailableError. */
async function reach<T>(
  path: string,
  call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data?: T; status: number; code?: string }> {
  let answer: Awaited<ReturnType<typeof call>>
  try {
    answer = await call()
  } catch (error) {
    throw new BackendUnavailableError("commerce", `${(error as Error).message} (${path})`)
  }
  const { data, error, response } = answer
  if (data !== undefined && response.ok) return { data, status: response.status }
  const code = typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : undefined
  if (response.status >= 500 || !code) throw new BackendUnavailableError("commerce", `${response.status} from ${path}`)
  return { status: response.status, code }
}

/** The beautician's public profile, or undefined when commerce says `BEAUTICIAN_NOT_FOUND`. */
export async function findBeautician(id: string): Promise<BeauticianProfile | undefined> {
  const answer = await reach("/store/beauticians/{id}", () => client().GET("/store/beauticians/{id}", { params: { path: { id } } }))
  if (answer.code === "BEAUTICIAN_NOT_FOUND") return undefined
  if (!answer.data) throw new BackendUnavailableError("commerce", `${answer.status} ${answer.code} from /store/beauticians/{id}`)
  return answer.data.beautician
}

/** Visible reviews, newest first, with the studio's replies. */
export async function listBeauticianReviews(id: string): Promise<BeauticianReview[]> {
  const answer = await reach("/store/beauticians/{id}/reviews", () => client().GET("/store/beauticians/{id}/reviews", { params: { path: { id } } }))
  return answer.data?.reviews ?? []
}

/** The studio, or undefined when it is not (or no longer) approved. */
export async function findStudio(handle: string): Promise<StudioPublic | undefined> {
  const answer = await reach("/store/merchants/{handle}", () => client().GET("/store/merchants/{handle}", { params: { path: { handle } } }))
  return answer.data?.merchant
}

/** Who comes to a place, nearest first; with `productId`, only those who perform that service. */
export async function listBeauticiansNear(
  place: { lat: number; lng: number },
  options: { productId?: string; limit?: number } = {},
): Promise<BeauticianNearby[]> {
  const query = { lat: place.lat, lng: place.lng, limit: options.limit ?? 20, ...(options.productId ? { product_id: options.productId } : {}) }
  const answer = await reach("/store/beauticians", () => client().GET("/store/beauticians", { params: { query } }))
  if (!answer.data) throw new BackendUnavailableError("commerce", `${answer.status} ${answer.code} from /store/beauticians`)
  return answer.data.beauticians
}

/** Where lists of beauticians start until the customer gives an address: People's Square, Shanghai's centre. */
export const PEOPLES_SQUARE = { lat: 31.2304, lng: 121.4737 } as const
