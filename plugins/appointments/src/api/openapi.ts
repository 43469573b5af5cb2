import { z } from "zod"

/**
 * The contract of our HTTP routes, declared beside them and read by
 * `npm run docs:api`, which writes the OpenAPI document (api/openapi.json) and
 * the typed client's types. A route's request schemas are the very zod
 * validators its middleware runs; its responses are zod schemas of the JSON it
 * sends. Nothing here runs at request time.
 */

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

/**
 * Who may call a route. `/store` routes also need the publishable key, added
 * for every one of them; a back-office route's roles come from the staff gate
 * itself (`@doorstep/accounts` staff-roles), not from here.
 */
export type Auth =
  /** Anyone (a `/store` route still needs the publishable key). */
  | "public"
  /** A signed-in customer's bearer token. */
  | "customer"
  /** A signed-in customer's token if there is one; guests are answered too. */
  | "customer_optional"
  /** A beautician's bearer token (`/pro`). */
  | "beautician"
  /** A token from the beautician's sign-in whether or not it names a beautician yet: someone applying to a studio (`/pro/studios`, `/pro/application`). */
  | "applicant"
  /** A back-office user's bearer token (`/admin`); the roles are the staff gate's. */
  | "staff"
  /** A payment provider's or the cms's signed notification (`/hooks`). */
  | "signature"

export type SuccessStatus = 200 | 201 | 202 | 204
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500 | 503

/** An answer in another format than our JSON: a file, or a notifier's own protocol. */
export interface OtherContent {
  mediaType: string
  description: string
  /** The body's shape, when it has one worth stating. */
  schema?: z.ZodType
}

export interface Operation {
  /** One line, as a reader scans a list of routes. */
  summary: string
  /** What a caller needs to know beyond the summary: rules, limits, side effects. */
  description?: string
  auth: Auth
  /** Path parameters, when they are more than plain strings named in the path. */
  params?: z.ZodObject
  query?: z.ZodType
  body?: z.ZodType
  /** The body's media type when it is not JSON (a notifier's form post). */
  bodyMediaType?: string
  /** A request body as a client sends it; checked against `body` when the document is written. */
  example?: unknown
  /** The answers on success: a schema of the JSON, `null` for an empty answer, or another media type. */
  responses: Partial<Record<SuccessStatus, z.ZodType | null | OtherContent>>
  /** The JSON success answer is also sent as this other format when asked for it (a report as CSV). */
  alternative?: OtherContent
  /** The stable `code`s each error status answers with (validation, auth and the staff gate's are added). */
  errors?: Partial<Record<ErrorStatus, readonly string[]>>
  /** Error answers in a notifier's protocol rather than ours (`/hooks`). */
  failures?: Partial<Record<ErrorStatus, OtherContent>>
  /** Answers as Server-Sent Events rather than JSON. */
  stream?: boolean
}

/** `"METHOD /path/{param}"` → its contract: one object per plugin, listing every route the plugin serves. */
export type Operations = Record<`${Method} /${string}`, Operation>

export const defineOperations = <T extends Operations>(operations: T): T => operations

/** A moment as JSON carries it: ISO 8601 with its offset. */
export const timestamp = z.iso.datetime({ offset: true })

/** A time in the booking zone, as the apps show it. */
export const zonedTime = z.iso.datetime({ offset: true }).meta({ description: "In the booking zone, with its offset", example: "2026-12-02T10:00:00.000+08:00" })

/** Money: whole fen (1/100 CNY). */
export const fen = z.number().int().meta({ description: "fen (1/100 CNY)", example: 21800 })
