import createClient, { type Client } from "openapi-fetch"
import type { paths } from "./schema"

export type { components, operations, paths } from "./schema"

/** A client of Doorstep's own routes, typed from the OpenAPI document: paths, parameters, bodies, answers and error codes. */
export type DoorstepClient = Client<paths>

export interface DoorstepClientOptions {
  /** Commerce's origin, e.g. `http://localhost:9000`. */
  baseUrl: string
  /** The storefront's publishable key, sent with every request (each `/store` route needs it). */
  publishableKey?: string
  /** The bearer token of whoever is signed in (customer, beautician or staff), read at each request. */
  token?: () => string | null | undefined
  fetch?: typeof globalThis.fetch
}

/**
 * `doorstepClient({ baseUrl, publishableKey }).GET("/store/booking-rules")`
 * resolves to `{ data }` on success or `{ error }` with the route's documented
 * error body (its `code` one of those the route lists).
 */
export function doorstepClient({ baseUrl, publishableKey, token, fetch }: DoorstepClientOptions): DoorstepClient {
  const client = createClient<paths>({ baseUrl, ...(fetch ? { fetch } : {}), headers: publishableKey ? { "x-publishable-api-key": publishableKey } : {} })
  if (token) {
    client.use({
      onRequest({ request }) {
        const bearer = token()
        if (bearer) request.headers.set("authorization", `Bearer ${bearer}`)
        return request
      },
    })
  }
  return client
}
