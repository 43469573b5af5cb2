import crypto from "node:crypto"
import fs from "node:fs"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settle, type Response } from "./booking"
import { changedTables, rowCounts, type RowCounts } from "./row-counts"

/** `POST /admin/appointments/{id}/cancel`: a route as the OpenAPI document names it. */
export type RouteKey = `${"GET" | "POST" | "PUT" | "PATCH" | "DELETE"} /${string}`

/**
 * The routes one matrix spec covers: those under `under`, less those under
 * `except` (another spec's), so that a slow matrix can be split in files jest
 * runs apart without a route falling between them.
 */
export interface RouteScope {
  under: "/admin" | "/admin/merchants" | "/pro"
  except?: "/admin/merchants"
}

const isUnder = (template: string, prefix: string) => template === prefix || template.startsWith(`${prefix}/`)
const scopeName = (scope: RouteScope) => (scope.except ? `${scope.under} but ${scope.except}` : scope.under)

/** Every route of our plugins in `scope`, from the generated OpenAPI document (api/openapi.json). */
export function documentedRoutes(scope: RouteScope): RouteKey[] {
  const document = JSON.parse(fs.readFileSync(require.resolve("@doorstep/api/openapi.json"), "utf8")) as { paths: Record<string, Record<string, unknown>> }
  return Object.entries(document.paths)
    .filter(([template]) => isUnder(template, scope.under) && !(scope.except && isUnder(template, scope.except)))
    .flatMap(([template, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${template}` as RouteKey))
    .sort()
}

/** What the matrix and the document disagree on: routes without an expectation, and expectations of routes that do not exist. */
export function matrixGaps(documented: readonly RouteKey[], matrix: Readonly<Record<string, unknown>>) {
  return { untested: documented.filter((key) => !(key in matrix)), unknown: Object.keys(matrix).filter((key) => !documented.includes(key as RouteKey)) }
}

/** Whether `path` is a concrete path of the route `key` (`{id}` standing for any one segment). */
export function pathOfRoute(key: RouteKey, path: string): boolean {
  const template = key.split(" ")[1]
  const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`)
  return pattern.test(path.split("?")[0])
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")) as Record<string, unknown> & { exp: number }

/**
 * The same claims signed again with `secret` (HS256, as Medusa signs), their
 * expiry moved to `expiresAt`: with the right secret and a future expiry this
 * token must work exactly as the original, which is what makes a refused
 * expired one prove that the expiry, and nothing else, refused it.
 */
export function resigned(token: string, secret: string, expiresAt: Date): string {
  const [header] = token.split(".")
  const { alg } = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as { alg: string }
  if (alg !== "HS256") throw new Error(`Tokens are signed with ${alg}; this helper signs HS256 only`)
  const payload = Buffer.from(JSON.stringify({ ...claimsOf(token), exp: Math.floor(expiresAt.getTime() / 1000) })).toString("base64url")
  const signature = crypto.createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url")
  return `${header}.${payload}.${signature}`
}

/** The token with one character of its signature changed (in the middle, where every base64url character carries six bits of it). */
export function tampered(token: string): string {
  const [header, payload, signature] = token.split(".")
  const at = Math.floor(signature.length / 2)
  const swapped = signature[at] === "A" ? "B" : "A"
  return `${header}.${payload}.${signature.slice(0, at)}${swapped}${signature.slice(at + 1)}`
}

/** The secret the running app signs and verifies tokens with. */
const jwtSecretOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

/** `token` altered three ways: its signature changed; its claims signed again with the app's secret, expired a minute ago; and the same, good for an hour. */
export function forgeriesOf(token: string, container: MedusaContainer) {
  const secret = jwtSecretOf(container)
  return { tampered: tampered(token), expired: resigned(token, secret, new Date(Date.now() - 60_000)), resigned: resigned(token, secret, new Date(Date.now() + 3_600_000)) }
}

/**
 * One route of the matrix: the request to send, and what each caller gets.
 * The request is asked for once for all the callers to be stopped, and again
 * for each caller let through, so that it may make a fresh object for each
 * (a note to delete).
 */
export interface MatrixRow<Caller extends string> {
  request: () => Promise<[path: string, body?: unknown]> | [path: string, body?: unknown]
  expect: Record<Caller, number>
  /** A server-sent event stream: its status is read and the stream closed at once. */
  stream?: boolean
}

type Api = {
  get: (url: string, config?: object) => Promise<Response>
  post: (url: string, body?: unknown, config?: object) => Promise<Response>
  put: (url: string, body?: unknown, config?: object) => Promise<Response>
  delete: (url: string, config?: object) => Promise<Response>
}

export interface RowOutcome<Caller extends string> {
  got: Record<Caller, number>
  /** Refused writes that changed a table's row count, as `caller: table: before → after`. */
  writes: string[]
  /** Refused answers carrying anything but the error. */
  leaked: string[]
  /** How many refused writes were checked against every table's row count. */
  checkedWrites: number
}

/** Opens an event stream and closes it once its status is known; an error's body is read, a stream's never. */
async function streamStatus(api: Api, path: string, headers: Record<string, string>): Promise<Response> {
  const abort = new AbortController()
  const base = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
  const response = await fetch(`${base}${path}`, { headers: { accept: "text/event-stream", ...headers }, signal: abort.signal })
  const data = response.ok ? {} : ((await response.json().catch(() => ({}))) as Record<string, unknown>)
  abort.abort()
  return { status: response.status, data }
}

/**
 * Tables whose counts a refused write may change: none. A refusal comes
 * before anything is written, the personal-data access log included (it
 * records reads that were let through, not attempts).
 */
const IGNORED_TABLES: readonly string[] = []

/** What the gate answers when it stops a caller: not signed in as one who may ask, a role without the route, another studio's (or person's) object. */
const GATE_REFUSALS = [401, 403, 404]

/**
 * Sends one route's request as every caller: first those the gate is to stop
 * (401, 403, 404), one at a time, about the same object; then the others in the order the row lists
 * them, so that what one does (a decision, an accepted offer) is what the
 * next finds. Every write expected to fail is checked against the row counts
 * of every table, before and after; a gate's refusal carries the error alone.
 */
export async function runRow<Caller extends string>(
  api: Api,
  container: MedusaContainer,
  key: RouteKey,
  row: MatrixRow<Caller>,
  tokens: Readonly<Record<Caller, string | undefined>>,
): Promise<RowOutcome<Caller>> {
  const method = key.split(" ")[0].toLowerCase() as "get" | "post" | "put" | "delete"
  const write = method !== "get"
  const outcome: RowOutcome<Caller> = { got: {} as Record<Caller, number>, writes: [], leaked: [], checkedWrites: 0 }
  const callers = Object.keys(row.expect) as Caller[]
  const stopped = (caller: Caller) => GATE_REFUSALS.includes(row.expect[caller])
  // Those to be stopped share one request (were one let through, its write would show in the counts), and one check's counts are the next one's "before".
  let shared: Promise<[path: string, body?: unknown]> | undefined
  let counted: RowCounts | undefined
  for (const caller of [...callers.filter(stopped), ...callers.filter((c) => !stopped(c))]) {
    if (!stopped(caller)) counted = undefined
    const [path, body] = await (stopped(caller) ? (shared ??= Promise.resolve(row.request())) : row.request())
    if (!pathOfRoute(key, path)) throw new Error(`${path} is not a path of ${key}`)
    const headers: Record<string, string> = tokens[caller] ? { authorization: `Bearer ${tokens[caller]}` } : {}
    const checked = write && row.expect[caller] >= 400
    const before = checked ? (counted ?? (await rowCounts(container))) : undefined
    const answer = row.stream
      ? await streamStatus(api, path, headers)
      : await settle(method === "get" || method === "delete" ? api[method](path, { headers, ...(body === undefined ? {} : { data: body }) }) : api[method](path, body ?? {}, { headers }))
    outcome.got[caller] = answer.status
    if (stopped(caller)) {
      const extra = Object.keys(answer.data ?? {}).filter((name) => !["type", "code", "message", "field"].includes(name))
      if (extra.length) outcome.leaked.push(`${caller}: ${extra.join(", ")}`)
    }
    if (before) {
      outcome.checkedWrites++
      counted = await rowCounts(container)
      for (const change of changedTables(before, counted, [...IGNORED_TABLES])) outcome.writes.push(`${caller}: ${change}`)
    }
  }
  return outcome
}

/** The request body the OpenAPI document gives as the route's example: a body its own schema accepts. */
export function documentedExample(key: RouteKey): Record<string, unknown> {
  const [method, template] = key.split(" ")
  const document = JSON.parse(fs.readFileSync(require.resolve("@doorstep/api/openapi.json"), "utf8")) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example?: Record<string, unknown> }> } }>>
  }
  const example = document.paths[template]?.[method.toLowerCase()]?.requestBody?.content["application/json"]?.example
  if (!example) throw new Error(`${key} documents no JSON example`)
  return structuredClone(example)
}

/**
 * The matrix's tests for the routes of `scope`: one that fails while a
 * documented route has no row (or a row no route), then each row as every
 * caller; the figures are printed at the end.
 */
export function matrixTests<Caller extends string>(
  scope: RouteScope,
  matrix: Readonly<Partial<Record<RouteKey, MatrixRow<Caller>>>>,
  suite: { api: Api; getContainer: () => MedusaContainer; tokens: Readonly<Record<Caller, string | undefined>> },
) {
  const rows = Object.entries(matrix).map(([key, row]) => [key as RouteKey, row as MatrixRow<Caller>] as const)
  const tally = { cases: 0, checkedWrites: 0 }

  it(`has an expectation for every ${scopeName(scope)} route the API documents, and none for a route that is not there`, () => {
    expect(matrixGaps(documentedRoutes(scope), matrix)).toEqual({ untested: [], unknown: [] })
  })

  it.each(rows)("%s", async (key, row) => {
    const outcome = await runRow(suite.api, suite.getContainer(), key, row, suite.tokens)
    tally.cases += Object.keys(outcome.got).length
    tally.checkedWrites += outcome.checkedWrites
    expect(outcome.got).toEqual(row.expect)
    expect(outcome.writes).toEqual([])
    expect(outcome.leaked).toEqual([])
  })

  afterAll(() => {
    const callers = new Set(rows.flatMap(([, row]) => Object.keys(row.expect))).size
    const top = scope.under === "/pro" ? "/pro" : "/admin"
    process.stdout.write(
      `authorization matrix (${scopeName(scope)}): ${rows.length} of the ${documentedRoutes({ under: top }).length} ${top} routes × ${callers} callers = ${tally.cases} cases; ${tally.checkedWrites} refused writes checked against every table's row count\n`,
    )
  })
}
