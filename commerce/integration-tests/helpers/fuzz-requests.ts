import fc from "fast-check"
import document from "@doorstep/api/openapi.json"

/**
 * Hostile requests for every JSON route of /store, /pro and /admin, read from
 * the generated OpenAPI contract (api/openapi.json): a route added to the
 * contract is fuzzed without editing the spec.
 */

export type Caller = "none" | "customer" | "beautician" | "applicant" | "platform" | "manager"

type Schema = Record<string, any>
type OperationObject = {
  security?: Array<Record<string, string[]>>
  parameters?: Array<{ in: string; name: string; schema: Schema }>
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> }
  responses: Record<string, { content?: Record<string, unknown> }>
}

export interface FuzzedRoute {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  template: string
  key: string
  callers: Caller[]
  /** JSON body the contract declares (its schema, and its example when it has one), if any. */
  body?: { schema: Schema; example?: unknown }
  /** A body in another media type (an upload's form): a JSON body is junk to it whatever it holds. */
  nonJsonBody: boolean
  query: Array<{ name: string; schema: Schema }>
  pathNames: string[]
  /** Documents 503: it needs another service (the cms), which may be down. */
  unavailable: boolean
  /** Answers as Server-Sent Events: a request that passes every check would stay open. */
  stream: boolean
}

export interface FuzzedRequest {
  caller: Caller
  path: string
  /** The query string as sent, with `?`, or "". */
  search: string
  /** The JSON body, or `raw` text sent as application/json (not JSON at all). */
  body?: { json: unknown } | { raw: string }
}

const AUDIENCES = ["/store/", "/pro/", "/admin/"]

function callersOf(template: string, security: OperationObject["security"] = []): Caller[] {
  const schemes = new Set(security.flatMap((requirement) => Object.keys(requirement)))
  const callers = new Set<Caller>(["none"])
  if (schemes.has("customer")) callers.add("customer")
  if (schemes.has("beautician")) callers.add("beautician")
  if (schemes.has("applicant")) callers.add("applicant")
  if (schemes.has("staff")) callers.add("platform").add("manager")
  if (template.startsWith("/store/") && callers.size === 1) callers.add("customer")
  return [...callers]
}

/** Every operation of the contract under /store, /pro and /admin. */
export function fuzzedRoutes(): FuzzedRoute[] {
  const paths = (document as unknown as { paths: Record<string, Record<string, OperationObject>> }).paths
  return Object.entries(paths).flatMap(([template, item]) =>
    AUDIENCES.some((prefix) => template.startsWith(prefix))
      ? Object.entries(item).map(([method, operation]): FuzzedRoute => {
          const content = operation.requestBody?.content ?? {}
          const json = content["application/json"]
          return {
            method: method.toUpperCase() as FuzzedRoute["method"],
            template,
            key: `${method.toUpperCase()} ${template}`,
            callers: callersOf(template, operation.security),
            body: json && { schema: json.schema, example: json.example },
            nonJsonBody: Object.keys(content).some((type) => type !== "application/json"),
            query: (operation.parameters ?? []).filter((p) => p.in === "query").map(({ name, schema }) => ({ name, schema })),
            pathNames: [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]),
            unavailable: "503" in operation.responses,
            stream: Object.values(operation.responses).some((response) => "text/event-stream" in (response.content ?? {})),
          }
        })
      : [],
  )
}

/** Strings nobody plans for: empty, blank, control and astral characters, SQL and path text, markup, very long. */
const hostileText = fc.oneof(
  fc.constantFrom("", " ", "\u0000", "null", "undefined", "NaN", "-1", "0", "1e309", "true", "[]", "{}", "%", "%00", "\\", "'", '"'),
  fc.constantFrom("' OR 1=1 --", "1; DROP TABLE appointment; --", "\" OR \"\"=\"", "$where", "{\"$gt\":\"\"}", "*", "_", "%25"),
  fc.constantFrom("../../etc/passwd", "..", ".", "..%2F..%2F", "/admin", "a/b", "con", "~", "?x=1", "#frag"),
  fc.constantFrom("<script>alert(1)</script>", "${7*7}", "{{7*7}}", "𝕏😀👩‍👩‍👧", "\u202e\u200b", "上海市静安区", "ｆｕｌｌｗｉｄｔｈ"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(5_000, 70_000).map((length) => "界".repeat(length)),
)

const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, -0.000001, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e21, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
)

/** A hostile JSON value of any type, nested at most a few levels. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    hostileNumber,
    hostileText,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileText, tie("value"), { maxKeys: 4 }),
    fc.constantFrom(Array.from({ length: 2_000 }, (_, i) => i), JSON.parse("[".repeat(400) + "]".repeat(400))),
  ),
})).value

/** A value of the wrong kind, or an edge of the right kind, for a field of this schema. */
function junkFor(schema: Schema = {}): fc.Arbitrary<unknown> {
  const edges: fc.Arbitrary<unknown>[] = [fc.constant(null), hostileValue]
  if (schema.type === "string") edges.push(hostileText, fc.constant("x".repeat((schema.maxLength ?? 1_000) + 1)))
  if (schema.type === "number" || schema.type === "integer") {
    edges.push(hostileNumber, fc.constant(String(schema.minimum ?? 1)))
    if (typeof schema.minimum === "number") edges.push(fc.constant(schema.minimum - 1))
    if (typeof schema.maximum === "number") edges.push(fc.constant(schema.maximum + 1))
  }
  if (schema.enum) edges.push(fc.constantFrom(`${schema.enum[0]}x`, String(schema.enum[0]).toUpperCase(), ""))
  if (schema.type === "array") edges.push(fc.constant([]), fc.array(hostileValue, { minLength: 1, maxLength: 3 }), fc.constant(Array.from({ length: 5_000 }, () => "x")))
  return fc.oneof(...edges)
}

type Mutation = { kind: "drop" | "junk" | "extra"; field: string; value?: unknown }

/** The contract's example with one to three of its fields dropped, replaced by junk, or joined by an unknown one. */
function mutatedExample(body: { schema: Schema; example?: unknown }): fc.Arbitrary<unknown> {
  const base = (body.example ?? {}) as Record<string, unknown>
  const properties: Record<string, Schema> = body.schema.properties ?? {}
  const fields = [...new Set([...Object.keys(base), ...Object.keys(properties)])]
  const mutation: fc.Arbitrary<Mutation> = fields.length
    ? fc.oneof(
        fc.record({ kind: fc.constant<"drop">("drop"), field: fc.constantFrom(...fields) }),
        fc.constantFrom(...fields).chain((field) => junkFor(properties[field]).map((value): Mutation => ({ kind: "junk", field, value }))),
        fc.record({ kind: fc.constant<"extra">("extra"), field: hostileText, value: hostileValue }),
      )
    : fc.record({ kind: fc.constant<"extra">("extra"), field: hostileText, value: hostileValue })
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
    const mutated: Record<string, unknown> = typeof base === "object" && base !== null && !Array.isArray(base) ? { ...base } : {}
    for (const { kind, field, value } of mutations) {
      if (kind === "drop") delete mutated[field]
      else mutated[field] = value
    }
    return mutated
  })
}

/** A body for this route: the contract's example mutated, or any hostile JSON, or text that is not JSON. */
function bodyFor(route: FuzzedRoute): fc.Arbitrary<FuzzedRequest["body"]> {
  const arbitraries: fc.Arbitrary<FuzzedRequest["body"]>[] = [
    hostileValue.map((json) => ({ json })),
    fc.constantFrom("{", '{"a":', "[1,2", "nul", "\u0000", '{"__proto__":{"admin":true}}').map((raw) => ({ raw })),
  ]
  if (route.body) arbitraries.push(mutatedExample(route.body).map((json) => ({ json })), mutatedExample(route.body).map((json) => ({ json })))
  return fc.oneof(...arbitraries)
}

/** One query parameter's values: out of range, junk enums, repeated. */
function queryValues(schema: Schema): fc.Arbitrary<string[]> {
  const value = fc.oneof(
    hostileText.map((text) => text.slice(0, 40)),
    hostileNumber.map(String),
    fc.constantFrom("-1", "0", "1.5", "999999999999", "1e400", "NaN", "Infinity", "0x10", "2026-02-30", "2026-13-01T25:00:00Z", "true"),
    ...(schema.enum ? [fc.constantFrom(...(schema.enum as unknown[]).map(String)), fc.constant(`${schema.enum[0]},${schema.enum[0]}`)] : []),
  )
  return fc.array(value, { minLength: 1, maxLength: 2 })
}

function queryFor(route: FuzzedRoute): fc.Arbitrary<string> {
  const declared = route.query.map(({ name, schema }) => fc.option(queryValues(schema), { nil: undefined, freq: 2 }).map((values) => (values ? values.map((v) => [name, v] as const) : [])))
  const extra = fc.array(fc.tuple(fc.constantFrom("limit", "offset", "fields", "order", "expand", "q", "__proto__", "id[]", "a[b][c]"), queryValues({})), { maxLength: 2 })
  return fc.tuple(fc.tuple(...declared), extra).map(([pairs, extras]) => {
    const params = new URLSearchParams()
    for (const [name, value] of pairs.flat()) params.append(name, value)
    for (const [name, values] of extras) for (const value of values) params.append(name, value)
    const search = params.toString()
    return search ? `?${search}` : ""
  })
}

/** A path parameter: random text, another kind's real id, SQL-ish and path-ish text, very long. */
function pathValue(realIds: readonly string[]): fc.Arbitrary<string> {
  // Not `.` or `..` alone: URLs resolve those segments (encoded or not), so they never reach the route as an id.
  const segment = (text: string) => !/^\.+$/.test(text)
  return fc.oneof(
    // Long, but short enough for the request line to fit Node's header limit (16 KB): huge text goes in bodies.
    hostileText.filter((text) => text.length > 0).map((text) => text.slice(0, 500)),
    fc.constantFrom(...realIds),
    fc.constantFrom("2026-02-30", "2026-13", "0000-00-00", "9999-12-31", "2026-W01", "appt_01ZZZZZZZZZZZZZZZZZZZZZZZZ"),
    fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789_"), minLength: 1, maxLength: 40 }),
  ).filter(segment)
}

/** Requests for one route, from each caller it expects and from nobody. */
export function requestsFor(route: FuzzedRoute, realIds: readonly string[]): fc.Arbitrary<FuzzedRequest> {
  const callers = route.stream && route.pathNames.length === 0 ? (["none"] as Caller[]) : route.callers
  const ids = fc.tuple(...route.pathNames.map(() => pathValue(realIds)))
  const takesNoBody = route.method === "GET" || (route.method === "DELETE" && !route.body)
  const body = takesNoBody ? fc.constant(undefined) : fc.option(bodyFor(route), { nil: undefined, freq: 6 })
  return fc.record({ caller: fc.constantFrom(...callers), ids, search: queryFor(route), body }).map(({ caller, ids: values, search, body: sent }) => {
    let index = 0
    const path = route.template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[index++]))
    return { caller, path, search, body: sent }
  })
}
