import type { DataProvider, GetListParams, GetManyParams, GetOneParams, RaRecord } from "react-admin"
import { medusa } from "./medusa"

interface ResourceEndpoint {
  path: string
  /** The key Medusa wraps a list (`products`) or a record (`product`) in. */
  plural: string
  singular: string
  fields?: string
}

const RESOURCES: Record<string, ResourceEndpoint> = {
  services: {
    path: "/admin/products",
    plural: "products",
    singular: "product",
    fields: "+metadata,*categories,*variants,*variants.prices,+variants.metadata",
  },
  orders: {
    path: "/admin/orders",
    plural: "orders",
    singular: "order",
    fields: "+total,+currency_code,+email,+status,+payment_status,+created_at,+display_id,*items,*customer",
  },
}

function endpoint(resource: string): ResourceEndpoint {
  const found = RESOURCES[resource]
  if (!found) throw new Error(`Unknown resource ${resource}`)
  return found
}

function listQuery(params: GetListParams, fields?: string): Record<string, string | number> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 }
  const query: Record<string, string | number> = { limit: perPage, offset: (page - 1) * perPage }
  if (params.sort?.field) query.order = `${params.sort.order === "DESC" ? "-" : ""}${params.sort.field}`
  if (params.filter?.q) query.q = String(params.filter.q)
  if (fields) query.fields = fields
  return query
}

const readOnly = (method: string) => () => Promise.reject(new Error(`${method} is not available in the back office yet`))

/** One data provider for every Medusa resource the back office shows. */
export const dataProvider: DataProvider = {
  async getList<R extends RaRecord>(resource: string, params: GetListParams) {
    const { path, plural, fields } = endpoint(resource)
    const body = await medusa.client.fetch<Record<string, unknown>>(path, { query: listQuery(params, fields) })
    return { data: body[plural] as R[], total: body.count as number }
  },
  async getOne<R extends RaRecord>(resource: string, params: GetOneParams) {
    const { path, singular, fields } = endpoint(resource)
    const body = await medusa.client.fetch<Record<string, unknown>>(`${path}/${params.id}`, { query: fields ? { fields } : {} })
    return { data: body[singular] as R }
  },
  async getMany<R extends RaRecord>(resource: string, params: GetManyParams) {
    const { path, plural, fields } = endpoint(resource)
    const body = await medusa.client.fetch<Record<string, unknown>>(path, { query: { id: params.ids.map(String), ...(fields ? { fields } : {}) } })
    return { data: body[plural] as R[] }
  },
  getManyReference: readOnly("getManyReference"),
  create: readOnly("create"),
  update: readOnly("update"),
  updateMany: readOnly("updateMany"),
  delete: readOnly("delete"),
  deleteMany: readOnly("deleteMany"),
}
