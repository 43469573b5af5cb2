import type { DataProvider, GetListParams, Identifier, RaRecord, SortPayload } from "react-admin"
import { api, ApiError, seg } from "./api"
import { currentStaff } from "./auth-provider"
import { isStudioRole } from "./roles"
import { chosenStudio } from "./studio-choice"

/** Whose studio a studio-scoped route is about: a studio role's own, or the one a platform admin picked. */
async function studioHandle(): Promise<string | null> {
  const staff = await currentStaff()
  return staff.merchantHandle ?? (isStudioRole(staff) ? null : chosenStudio())
}

type Body = Record<string, unknown>
type Ctx = { handle: string | null; support: boolean; platform?: boolean }
/** `sub` names a record inside the resource's record (a customer's note). */
type Path = (ctx: Ctx, id?: Identifier, sub?: Identifier) => string | null

interface ResourceRoute {
  /** The list's path (null: nothing to list, e.g. no studio chosen) and the key its answer wraps the rows in. */
  list: Path
  listKey: string
  /** Filters the route takes in its query; the others are applied here, to the rows it answered. */
  serverFilters?: readonly string[]
  /** Medusa's own routes page and sort on the server (`limit`, `offset`, `order`); ours answer the whole (bounded) list. */
  serverPaging?: boolean
  /** How a route that pages on the server names its sort, when not Medusa's `order=-field`. */
  sortQuery?: (sort: SortPayload) => Record<string, string>
  /** A paged route that keeps its own order and takes no search: no `order` or `q` is sent. */
  ownOrder?: boolean
  /** A Medusa `fields` selection. */
  fields?: string
  /** One record's path and key; without, the record is found in the list. */
  one?: Path
  oneKey?: string
  /** The record's react-admin id, when the route names it otherwise (a studio by its handle). */
  idOf?: (row: Body) => Identifier
  create?: Path
  update?: Path
  remove?: Path
  /** The resource's own actions: each a POST to a path. */
  actions?: Record<string, Path>
}

const studio = (rest: (handle: string, id?: Identifier, sub?: Identifier) => string): Path => (ctx, id, sub) => (ctx.handle ? `/admin/merchants/${seg(ctx.handle)}${rest(ctx.handle, id, sub)}` : null)
const withId = (id: Identifier | undefined) => `/${seg(id ?? "")}`

/** A studio's own codes under the studio; the platform's admins work every code from the platform's routes. */
function promotionsPath(ctx: Ctx, id?: Identifier): string | null {
  const tail = id === undefined ? "" : withId(id)
  if (ctx.platform) return `/admin/marketing/promotions${tail}`
  return ctx.handle ? `/admin/merchants/${seg(ctx.handle)}/promotions${tail}` : null
}

/** Every resource the back office shows, and the routes of commerce behind it: the one place that knows URLs. */
export const ROUTES: Record<string, ResourceRoute> = {
  appointments: {
    // A studio role's own studio, chosen on the server; the platform's filter names one (or none: every studio).
    list: () => "/admin/appointments",
    listKey: "appointments",
    serverFilters: ["status", "from", "to", "beautician_id", "customer_id", "merchant_handle"],
    serverPaging: true,
    one: (_, id) => `/admin/appointments${withId(id)}`,
    oneKey: "appointment",
    actions: {
      cancel: (_, id) => `/admin/appointments${withId(id)}/cancel`,
      reschedule: (_, id) => `/admin/appointments${withId(id)}/reschedule`,
      refund: (_, id) => `/admin/appointments${withId(id)}/refund`,
    },
  },
  "beautician-applications": {
    list: studio(() => "/beautician-applications"),
    listKey: "applications",
    actions: {
      decide: studio((_, id) => `/beautician-applications${withId(id)}/decide`),
    },
  },
  beauticians: {
    list: studio(() => "/beauticians"),
    listKey: "beauticians",
    serverFilters: ["status"],
    serverPaging: true,
    ownOrder: true,
    actions: { status: studio((_, id) => `/beauticians${withId(id)}/status`) },
  },
  "studio-services": {
    list: studio(() => "/services"),
    listKey: "services",
    one: studio((_, id) => `/services${withId(id)}`),
    oneKey: "service",
    create: studio(() => "/services"),
    update: studio((_, id) => `/services${withId(id)}`),
    remove: studio((_, id) => `/services${withId(id)}`),
  },
  settings: {
    list: () => null,
    listKey: "settings",
    one: (_, id) => `/admin/merchants/${seg(id ?? "")}/settings`,
    oneKey: "settings",
    update: (_, id) => `/admin/merchants/${seg(id ?? "")}/settings`,
  },
  earnings: {
    list: () => null,
    listKey: "earnings",
    one: (_, id) => `/admin/merchants/${seg(id ?? "")}/earnings`,
  },
  merchants: {
    list: () => "/admin/merchants",
    listKey: "merchants",
    serverFilters: ["status"],
    one: (_, id) => `/admin/merchants${withId(id)}`,
    idOf: (row) => row.handle as string,
    actions: {
      review: (_, id) => `/admin/merchants${withId(id)}/review`,
      commission: (_, id) => `/admin/merchants${withId(id)}/commission`,
    },
  },
  withdrawals: {
    list: () => "/admin/withdrawals",
    listKey: "withdrawals",
    serverFilters: ["status"],
    actions: { decide: (_, id) => `/admin/withdrawals${withId(id)}/decide` },
  },
  tickets: {
    // Support (and the platform) work the whole queue; a studio's staff, their studio's tickets.
    list: (ctx) => (ctx.support ? "/admin/tickets" : ctx.handle ? `/admin/merchants/${seg(ctx.handle)}/tickets` : null),
    listKey: "tickets",
    serverFilters: ["status", "kind", "merchant_handle"],
    one: (ctx, id) => (ctx.support ? `/admin/tickets${withId(id)}` : ctx.handle ? `/admin/merchants/${seg(ctx.handle)}/tickets${withId(id)}` : null),
    oneKey: "ticket",
    actions: {
      reply: (ctx, id) => (ctx.support ? `/admin/tickets${withId(id)}/messages` : ctx.handle ? `/admin/merchants/${seg(ctx.handle)}/tickets${withId(id)}/messages` : null),
      status: (_, id) => `/admin/tickets${withId(id)}/status`,
    },
  },
  reviews: {
    // Support and the platform read every studio's (or the one they name); a studio's staff their own.
    list: (ctx) => (ctx.support ? "/admin/reviews" : ctx.handle ? `/admin/merchants/${seg(ctx.handle)}/reviews` : null),
    listKey: "reviews",
    serverFilters: ["rating", "replied", "hidden", "merchant_handle"],
    serverPaging: true,
    ownOrder: true,
    actions: {
      moderate: (_, id) => `/admin/reviews${withId(id)}/moderate`,
      // `sub`: the review's studio, so that the platform replies without choosing one first.
      reply: (ctx, id, sub) => {
        const handle = sub ?? ctx.handle
        return handle ? `/admin/merchants/${seg(String(handle))}/reviews${withId(id)}/reply` : null
      },
    },
  },
  services: {
    list: () => "/admin/products",
    listKey: "products",
    serverPaging: true,
    one: (_, id) => `/admin/products${withId(id)}`,
    oneKey: "product",
    fields: "+metadata,*categories,*variants,*variants.prices,+variants.metadata",
  },
  customers: {
    // Who has booked with the studio (M6); the route pages, sorts and searches (`q`) itself, and logs each read.
    list: studio(() => "/customers"),
    listKey: "customers",
    serverFilters: ["segment", "tag"],
    serverPaging: true,
    sortQuery: (sort) => ({ sort: ({ spend_fen: "spend", visits: "visits" } as Record<string, string>)[sort.field] ?? "last_visit", order: sort.order === "ASC" ? "asc" : "desc" }),
    one: studio((_, id) => `/customers${withId(id)}`),
    oneKey: "customer",
    actions: {
      tags: studio((_, id) => `/customers${withId(id)}/tags`),
      note: studio((_, id) => `/customers${withId(id)}/notes`),
      deleteNote: studio((_, id, note) => `/customers${withId(id)}/notes${withId(note)}`),
    },
  },
  "access-log": {
    // Platform admins only; newest first, at most 200, so it pages here.
    list: () => "/admin/privacy/access-log",
    listKey: "reads",
    serverFilters: ["actor_id", "subject_id"],
  },
  promotions: {
    // A studio's own codes; the platform's admins work every code from the platform's routes.
    list: (ctx) => promotionsPath(ctx),
    listKey: "promotions",
    serverFilters: ["status", "owner", "merchant_handle"],
    serverPaging: true,
    one: promotionsPath,
    oneKey: "promotion",
    create: (ctx) => promotionsPath(ctx),
    update: promotionsPath,
    remove: promotionsPath,
  },
  orders: {
    list: () => "/admin/orders",
    listKey: "orders",
    serverPaging: true,
    one: (_, id) => `/admin/orders${withId(id)}`,
    oneKey: "order",
    fields: "+total,+currency_code,+email,+status,+payment_status,+created_at,+display_id,*items,*customer",
  },
}

function route(resource: string): ResourceRoute {
  const found = ROUTES[resource]
  if (!found) throw new Error(`Unknown resource ${resource}`)
  return found
}

async function context(): Promise<Ctx> {
  const staff = await currentStaff()
  return { handle: await studioHandle(), support: staff.role === "support_agent" || staff.role === "platform_admin", platform: staff.role === "platform_admin" }
}

function pathOf(path: string | null): string {
  if (!path) throw new ApiError("NO_STUDIO", 400, {})
  return path
}

const withRaId = (r: ResourceRoute) => (row: Body) => (r.idOf ? { ...row, id: r.idOf(row) } : row) as RaRecord

/** A value read at a dotted path, for sorting and filtering rows here. */
const at = (row: Body, field: string): unknown => field.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Body)[k] : undefined), row)

function compare(sort: SortPayload) {
  return (a: Body, b: Body) => {
    const x = at(a, sort.field)
    const y = at(b, sort.field)
    const order = x == null ? (y == null ? 0 : 1) : y == null ? -1 : typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh-CN")
    return sort.order === "DESC" ? -order : order
  }
}

/** Filters the route does not take: `q` searches the row's text, any other keeps rows whose field equals the value. */
function matches(row: Body, filter: Record<string, unknown>, server: readonly string[]) {
  return Object.entries(filter).every(([key, value]) => {
    if (server.includes(key) || value === undefined || value === "") return true
    if (key === "q") return JSON.stringify(row).toLowerCase().includes(String(value).toLowerCase())
    return String(at(row, key)) === String(value)
  })
}

function serverQuery(r: ResourceRoute, params: GetListParams) {
  const query: Record<string, string | number> = {}
  for (const key of r.serverFilters ?? []) if (params.filter?.[key]) query[key] = String(params.filter[key])
  if (r.fields) query.fields = r.fields
  if (r.serverPaging) {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 }
    Object.assign(query, { limit: perPage, offset: (page - 1) * perPage })
    if (params.sort?.field && r.sortQuery) Object.assign(query, r.sortQuery(params.sort))
    else if (params.sort?.field && !r.ownOrder) query.order = `${params.sort.order === "DESC" ? "-" : ""}${params.sort.field}`
    if (params.filter?.q && !r.ownOrder) query.q = String(params.filter.q)
  }
  return query
}

/** Only what changed goes to the route (each of ours takes a partial body). */
function changed(data: Body, previous: Body | undefined): Body {
  if (!previous) return data
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(previous[key])))
}

export interface DoorstepDataProvider extends DataProvider {
  /** One of a resource's own actions (approve, pay, moderate…): a POST with `body` (or a DELETE of `sub`), answering the route's JSON. */
  act<T = Body>(resource: string, action: string, id: Identifier, body: Body, options?: { method?: "POST" | "DELETE"; sub?: Identifier }): Promise<T>
}

export const dataProvider: DoorstepDataProvider = {
  async getList<R extends RaRecord>(resource: string, params: GetListParams) {
    const r = route(resource)
    const path = r.list(await context())
    if (!path) return { data: [], total: 0 }
    const body = await api<Body>("GET", path, { query: serverQuery(r, params) })
    const rows = ((body[r.listKey] ?? []) as Body[]).map(withRaId(r))
    if (r.serverPaging) return { data: rows as R[], total: body.count as number }
    const kept = rows.filter((row) => matches(row, params.filter ?? {}, r.serverFilters ?? []))
    if (params.sort?.field) kept.sort(compare(params.sort))
    const { page, perPage } = params.pagination ?? { page: 1, perPage: kept.length }
    return { data: kept.slice((page - 1) * perPage, page * perPage) as R[], total: kept.length }
  },
  async getOne<R extends RaRecord>(resource: string, params: { id: Identifier }) {
    const r = route(resource)
    const ctx = await context()
    if (r.one) {
      const body = await api<Body>("GET", pathOf(r.one(ctx, params.id)), { query: r.fields ? { fields: r.fields } : {} })
      const record = r.oneKey ? (body[r.oneKey] as Body) : body
      // A merchant's answer carries its review decisions beside it.
      return { data: { ...withRaId(r)(resource === "merchants" ? { ...(record.merchant as Body), reviews: record.reviews } : record), id: params.id } as R }
    }
    // Without a route of its own, the record is found in the list (a paged list, a page at a time).
    for (let offset = 0; ; offset += 100) {
      const body = await api<Body>("GET", pathOf(r.list(ctx)), { query: r.serverPaging ? { limit: 100, offset } : {} })
      const found = ((body[r.listKey] ?? []) as Body[]).map(withRaId(r)).find((row) => String(row.id) === String(params.id))
      if (found) return { data: found as R }
      if (!r.serverPaging || offset + 100 >= Number(body.count ?? 0)) throw new ApiError("NOT_FOUND", 404, {})
    }
  },
  async getMany<R extends RaRecord>(resource: string, params: { ids: Identifier[] }) {
    const { data } = await dataProvider.getList<R>(resource, { pagination: { page: 1, perPage: 1000 }, sort: { field: "id", order: "ASC" }, filter: {} })
    return { data: data.filter((row) => params.ids.map(String).includes(String(row.id))) }
  },
  async getManyReference() {
    return { data: [], total: 0 }
  },
  async create<R extends RaRecord>(resource: string, params: { data: Partial<R> }) {
    const r = route(resource)
    if (!r.create) throw new ApiError("FORBIDDEN", 405, {})
    const body = await api<Body>("POST", pathOf(r.create(await context())), { body: params.data })
    return { data: withRaId(r)(body[r.oneKey ?? ""] as Body) as R }
  },
  async update<R extends RaRecord>(resource: string, params: { id: Identifier; data: Partial<R>; previousData: R }) {
    const r = route(resource)
    if (!r.update) throw new ApiError("FORBIDDEN", 405, {})
    const { id: _id, ...data } = params.data as Body
    const body = await api<Body>("POST", pathOf(r.update(await context(), params.id)), { body: changed(data, params.previousData as Body) })
    return { data: { ...withRaId(r)(body[r.oneKey ?? ""] as Body), id: params.id } as R }
  },
  async updateMany() {
    throw new ApiError("FORBIDDEN", 405, {})
  },
  async delete<R extends RaRecord>(resource: string, params: { id: Identifier; previousData?: R }) {
    const r = route(resource)
    if (!r.remove) throw new ApiError("FORBIDDEN", 405, {})
    await api("DELETE", pathOf(r.remove(await context(), params.id)))
    return { data: (params.previousData ?? { id: params.id }) as R }
  },
  async deleteMany() {
    throw new ApiError("FORBIDDEN", 405, {})
  },
  async act<T>(resource: string, action: string, id: Identifier, body: Body, options: { method?: "POST" | "DELETE"; sub?: Identifier } = {}) {
    const path = route(resource).actions?.[action]
    if (!path) throw new Error(`No action ${action} on ${resource}`)
    const method = options.method ?? "POST"
    return api<T>(method, pathOf(path(await context(), id, options.sub)), method === "POST" ? { body } : {})
  },
}

/** Files behind the token (not JSON): they are fetched as blobs and shown from a local URL. */
export const FILES = {
  applicationDocument: (handle: string, applicationId: string, documentId: string) =>
    `/admin/merchants/${seg(handle)}/beautician-applications/${seg(applicationId)}/documents/${seg(documentId)}`,
  statement: (handle: string, month: string) => `/admin/merchants/${seg(handle)}/statements/${seg(month)}`,
}

/** A beautician's performance and schedule, read and changed from their page (not CRUD: each its own call). */
export const BEAUTICIAN_PATHS = {
  performance: (handle: string, id: string) => `/admin/merchants/${seg(handle)}/beauticians/${seg(id)}/performance`,
  workingHours: (id: string) => `/admin/beauticians/${seg(id)}/working-hours`,
  dateOverrides: (id: string) => `/admin/beauticians/${seg(id)}/date-overrides`,
  dateOverride: (id: string, date: string) => `/admin/beauticians/${seg(id)}/date-overrides/${seg(date)}`,
  timeOff: (id: string) => `/admin/beauticians/${seg(id)}/time-off`,
  oneTimeOff: (id: string, timeOffId: string) => `/admin/beauticians/${seg(id)}/time-off/${seg(timeOffId)}`,
}
