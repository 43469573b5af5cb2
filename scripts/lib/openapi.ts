import fs from "node:fs"
import path from "node:path"
import { z } from "zod"
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi"
import type { Auth, Method, Operation, Operations, OtherContent } from "../../plugins/appointments/src/api/openapi"
import { accessTo, STAFF_ROLES, type StaffRole } from "../../plugins/accounts/src/lib/staff-roles"
import { ROOT } from "./paths"

/**
 * The OpenAPI document of our plugins' routes, from the contracts declared
 * beside them (`plugins/<plugin>/src/api/operations.ts`, or one file per area
 * in `src/api/operations/`), checked against the routes that really exist.
 */

const PLUGINS_DIR = path.join(ROOT, "plugins")
const METHODS: readonly Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"]

/** `GET /pro/jobs/{id}`: how routes are named here, in errors and in the document. */
export type RouteKey = `${Method} /${string}`

export interface DeclaredOperation {
  plugin: string
  key: RouteKey
  operation: Operation
}

function filesUnder(dir: string, name: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full, name) : name(entry.name) ? [full] : []
  })
}

/** The routes a plugin's `src/api` serves: each `route.ts`'s exported methods, at its folder's path (`[id]` → `{id}`). */
export function routesOf(apiDir: string): RouteKey[] {
  return filesUnder(apiDir, (file) => file === "route.ts").flatMap((file) => {
    const source = fs.readFileSync(file, "utf8")
    const folder = path.relative(apiDir, path.dirname(file)).split(path.sep).map((part) => part.replace(/^\[(.+)\]$/, "{$1}"))
    const methods = METHODS.filter((method) => new RegExp(`^export\\s+(?:const\\s+${method}\\b|(?:async\\s+)?function\\s+${method}\\b)`, "m").test(source))
    return methods.map((method): RouteKey => `${method} /${folder.join("/")}`)
  })
}

export const pluginNames = () => fs.readdirSync(PLUGINS_DIR).filter((name) => fs.existsSync(path.join(PLUGINS_DIR, name, "src", "api")))

/** Every plugin's declared operations, read from its sources. */
export async function declaredOperations(): Promise<DeclaredOperation[]> {
  const declared: DeclaredOperation[] = []
  for (const plugin of pluginNames()) {
    const api = path.join(PLUGINS_DIR, plugin, "src", "api")
    const files = [path.join(api, "operations.ts"), ...filesUnder(path.join(api, "operations"), (file) => file.endsWith(".ts"))].filter((file) => fs.existsSync(file))
    for (const file of files) {
      const { operations } = (await import(file)) as { operations?: Operations }
      if (!operations) throw new Error(`${path.relative(ROOT, file)} exports no \`operations\``)
      for (const [key, operation] of Object.entries(operations)) declared.push({ plugin, key: key as RouteKey, operation })
    }
  }
  return declared
}

/** What differs between the routes on disk and the contracts: each line a route to declare, or a declaration with no route. */
export function contractGaps(routes: ReadonlyMap<string, readonly RouteKey[]>, declared: readonly DeclaredOperation[]): string[] {
  const gaps: string[] = []
  const seen = new Map<RouteKey, string>()
  for (const { plugin, key } of declared) {
    if (seen.has(key)) gaps.push(`${key} is declared twice (${seen.get(key)} and ${plugin})`)
    seen.set(key, plugin)
    if (!routes.get(plugin)?.includes(key)) gaps.push(`${key} is declared in ${plugin} but ${plugin} has no such route`)
  }
  for (const [plugin, keys] of routes) {
    for (const key of keys) if (!declared.some((d) => d.plugin === plugin && d.key === key)) gaps.push(`${key} (${plugin}) has no contract in src/api/operations`)
  }
  return gaps
}

/** The body of every 4xx our routes send (`DomainError`), its `code` one of the operation's. */
const errorBody = (codes: readonly string[]) =>
  z
    .looseObject({
      type: z.string().meta({ example: "invalid_data" }),
      code: z.enum(codes as [string, ...string[]]),
      message: z.string().meta({ description: "Chinese, then English, for a person to read" }),
      field: z.string().optional().meta({ description: "The request field at fault" }),
    })
    .meta({ description: "Any further members help the client act (e.g. `available_fen`)." })

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The request is invalid; `field` names what to fix.",
  401: "Not signed in, or the token has expired.",
  403: "Signed in, but this caller may not do this.",
  404: "No such object, or not one this caller may see.",
  409: "The request conflicts with the object's state or a concurrent request.",
  500: "Not handled; the caller should send it again.",
  410: "Gone.",
  413: "The request body is larger than the server reads.",
  422: "The request cannot be processed.",
  429: "Too many requests; try again later.",
  503: "A service this route needs is unavailable.",
}

/** The roles the staff gate lets through to a back-office route (a platform admin reaches all). */
export function staffRoles(key: RouteKey): { roles: StaffRole[]; scoped: boolean } {
  const [method, template] = key.split(" ") as [Method, string]
  const samplePath = template.replace(/\{[^}]+\}/g, "sample")
  const scoped = new Set<boolean>()
  const roles = STAFF_ROLES.filter((role) => {
    const access = accessTo({ userId: "u", role, merchantHandle: "sample" }, method, samplePath)
    if (access.allowed && role !== "platform_admin") scoped.add(access.object.kind !== "none" && !access.acrossMerchants)
    return access.allowed
  })
  return { roles, scoped: scoped.has(true) }
}

function security(auth: Auth, key: RouteKey): ZodOpenApiOperationObject["security"] {
  const store = key.split(" ")[1].startsWith("/store/")
  const withKey = (requirement: Record<string, string[]>) => (store ? { publishableKey: [], ...requirement } : requirement)
  switch (auth) {
    case "public":
      return [withKey({})]
    case "customer":
      return [withKey({ customer: [] })]
    case "customer_optional":
      return [withKey({ customer: [] }), withKey({})]
    case "beautician":
      return [withKey({ beautician: [] })]
    case "applicant":
      return [withKey({ applicant: [] })]
    case "staff":
      return [{ staff: staffRoles(key).roles }]
    case "signature":
      return [{}]
  }
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"])

/** The error codes an operation answers with: its own, and those its validation, authentication and the staff gate add. */
export function errorCodes(key: RouteKey, operation: Operation): Map<number, Set<string>> {
  const codes = new Map<number, Set<string>>()
  const add = (status: number, code: string) => codes.set(status, (codes.get(status) ?? new Set()).add(code))
  for (const [status, list] of Object.entries(operation.errors ?? {})) for (const code of list ?? []) add(Number(status), code)
  // Every route refuses what it cannot read: a body or query its schema refuses, a body that is not JSON (unreadable-body.ts),
  // a NUL character in the address (nul-in-address.ts), on reads of /store and /admin a `limit` or `offset` that is not a
  // whole number (list-query.ts).
  add(400, "INVALID_INPUT")
  // Express reads any request's JSON body before a route runs; one past its limit is refused there (unreadable-body.ts).
  if (BODY_METHODS.has(key.split(" ")[0]) && operation.auth !== "signature") add(413, "BODY_TOO_LARGE")
  // Medusa's authentication refuses a missing, expired or forged token; commerce gives its answer our code (error-codes.ts).
  if (operation.auth !== "public" && operation.auth !== "signature" && operation.auth !== "customer_optional") add(401, "UNAUTHORIZED")
  if (operation.auth === "staff") {
    add(403, "FORBIDDEN_FOR_ROLE")
    if (staffRoles(key).scoped) add(404, "NOT_FOUND")
  }
  return codes
}

const operationId = (key: RouteKey) => {
  const [method, template] = key.split(" ")
  const words = template
    .split("/")
    .filter(Boolean)
    .map((part) => (part.startsWith("{") ? `by-${part.slice(1, -1)}` : part))
    .flatMap((part) => part.split(/[-_.]/))
  return [method.toLowerCase(), ...words.map((word) => word.charAt(0).toUpperCase() + word.slice(1))].join("")
}

const other = (content: OtherContent) => ({ description: content.description, content: { [content.mediaType]: { schema: content.schema ?? z.string() } } })

const AUDIENCES: Record<string, string> = { store: "Store", pro: "Pro", admin: "Admin", hooks: "Hooks" }

function toOpenApi({ plugin, key, operation }: DeclaredOperation): ZodOpenApiOperationObject {
  const template = key.split(" ")[1]
  const pathNames = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1])
  const params = operation.params ?? (pathNames.length ? z.object(Object.fromEntries(pathNames.map((name) => [name, z.string()]))) : undefined)
  const responses: ZodOpenApiResponsesObject = {}
  for (const [status, response] of Object.entries(operation.responses)) {
    if (response === null) responses[status as "200"] = { description: "Done; no content." }
    else if (response && "mediaType" in response) responses[status as "200"] = other(response)
    else if (operation.stream) responses[status as "200"] = { description: "Server-Sent Events", content: { "text/event-stream": { schema: z.string() } } }
    else {
      const alternative = operation.alternative && { [operation.alternative.mediaType]: { schema: operation.alternative.schema ?? z.string() } }
      responses[status as "200"] = { description: "OK", content: { "application/json": { schema: response as z.ZodType }, ...alternative } }
    }
  }
  for (const [status, codes] of errorCodes(key, operation)) {
    responses[String(status) as "400"] = { description: ERROR_DESCRIPTIONS[status] ?? "Error", content: { "application/json": { schema: errorBody([...codes].sort()) } } }
  }
  for (const [status, failure] of Object.entries(operation.failures ?? {})) responses[status as "400"] = other(failure!)
  const audience = AUDIENCES[template.split("/")[1]] ?? template.split("/")[1]
  const description = [operation.description, operation.auth === "signature" ? "Authenticated by the notifier's signature, which is verified before anything is read." : undefined]
    .filter(Boolean)
    .join("\n\n")
  return {
    operationId: operationId(key),
    summary: operation.summary,
    ...(description ? { description } : {}),
    tags: [`${audience} · ${plugin}`],
    security: security(operation.auth, key),
    ...(params || operation.query ? { requestParams: { ...(params ? { path: params } : {}), ...(operation.query ? { query: operation.query as z.ZodObject } : {}) } } : {}),
    // A route that takes no body but `{}` (EmptyBody) may be called without one.
    ...(operation.body
      ? { requestBody: { required: !operation.body.safeParse(undefined).success, content: { [operation.bodyMediaType ?? "application/json"]: { schema: operation.body, ...(operation.example === undefined ? {} : { example: operation.example }) } } } }
      : {}),
    responses,
  }
}

/** Problems a contract has in itself: an example its own schema refuses, a body without an example. */
export function contractFaults(declared: readonly DeclaredOperation[]): string[] {
  const faults: string[] = []
  for (const { key, operation } of declared) {
    if (!operation.body) continue
    if (operation.example === undefined) faults.push(`${key} has a body but no example`)
    else {
      const parsed = operation.body.safeParse(operation.example)
      if (!parsed.success) faults.push(`${key}'s example does not pass its own body schema: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`)
    }
  }
  return faults
}

/** Zod bounds every integer by JavaScript's safe range; said of every integer, it tells a reader nothing (and viewers show it as the example). */
function withoutSafeIntegerBounds<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(withoutSafeIntegerBounds)
  else if (node && typeof node === "object") {
    const schema = node as Record<string, unknown>
    if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum
    if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum
    Object.values(schema).forEach(withoutSafeIntegerBounds)
  }
  return node
}

export function openApiDocument(declared: readonly DeclaredOperation[], version: string) {
  const paths: ZodOpenApiPathsObject = {}
  // Customers' routes first, then beauticians', the back office's and the notifiers'.
  const audience = (key: string) => Object.keys(AUDIENCES).indexOf(key.split(" ")[1].split("/")[1])
  const byAudienceThenPath = (a: DeclaredOperation, b: DeclaredOperation) =>
    audience(a.key) - audience(b.key) || a.key.split(" ")[1].localeCompare(b.key.split(" ")[1]) || a.key.localeCompare(b.key)
  for (const entry of [...declared].sort(byAudienceThenPath)) {
    const [method, template] = entry.key.split(" ")
    paths[template] = { ...paths[template], [method.toLowerCase()]: toOpenApi(entry) }
  }
  const document = createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Doorstep API",
        version,
        description: [
          "The routes Doorstep's plugins add to Medusa: booking and appointments, dispatch, payments, studios, money, trust, content, notifications and training.",
          "Medusa's own routes (products, carts, orders, auth) are documented by Medusa.",
          "Money is in fen (1/100 CNY); times are ISO 8601, zoned for Asia/Shanghai unless a route says otherwise. Errors carry a stable `code`; messages are Chinese, then English.",
          "This document is generated by `npm run docs:api` from the routes' zod schemas; do not edit it by hand.",
        ].join("\n\n"),
        license: { name: "MIT" },
      },
      paths,
      components: {
        securitySchemes: {
          publishableKey: { type: "apiKey", in: "header", name: "x-publishable-api-key", description: "The storefront's publishable key; every `/store` route needs it." },
          customer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A customer's token from Medusa's `/auth/customer/...` sign-in (phone code or WeChat)." },
          beautician: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A beautician's token from the `/pro` sign-in." },
          applicant: {
            type: "http",
            scheme: "bearer",
            bearerFormat: "JWT",
            description: "A token from the beautician's sign-in (`/auth/beautician/phone-otp`) whether or not it names a beautician yet: someone applying to a studio.",
          },
          staff: {
            type: "http",
            scheme: "bearer",
            bearerFormat: "JWT",
            description: "A back-office user's token from `/auth/user/emailpass`. The requirement lists the roles the staff gate lets through; merchant roles see only their own studio's objects.",
          },
        },
      },
    },
  )
  return withoutSafeIntegerBounds(document)
}
