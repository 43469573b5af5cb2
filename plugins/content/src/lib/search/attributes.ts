import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { yuanToFen } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import type { SearchAttributes } from "./port"

interface ProductRow {
  handle: string
  categories?: Array<{ handle: string } | null> | null
  variants?: Array<{ metadata: Record<string, unknown> | null; prices?: Array<{ amount: unknown; currency_code: string }> | null } | null> | null
}

/** What a service's search document carries from commerce: its category, price range in fen and durations. */
export function serviceAttributes(product: ProductRow): SearchAttributes {
  const variants = (product.variants ?? []).filter((variant) => variant !== null)
  const fen = variants.flatMap((variant) => (variant.prices ?? []).filter((price) => price.currency_code === "cny").map((price) => yuanToFen(String(price.amount))))
  const durations = variants.map((variant) => Number(variant.metadata?.duration_minutes)).filter((minutes) => Number.isInteger(minutes) && minutes > 0)
  return {
    category: product.categories?.find(Boolean)?.handle ?? null,
    price_min: fen.length ? Math.min(...fen) : null,
    price_max: fen.length ? Math.max(...fen) : null,
    duration_minutes: [...new Set(durations)].sort((a, b) => a - b),
  }
}

/** Attributes of the services behind these product handles, by handle. */
export async function servicesAttributes(container: MedusaContainer, handles: string[]): Promise<Map<string, SearchAttributes>> {
  if (handles.length === 0) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["handle", "categories.handle", "variants.metadata", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { handle: handles },
  })
  return new Map((data as ProductRow[]).map((product) => [product.handle, serviceAttributes(product)]))
}

/** Attributes of these beauticians, by id: where they serve, rating, reviews, active certifications, home area. */
export async function beauticiansAttributes(container: MedusaContainer, ids: string[]): Promise<Map<string, SearchAttributes>> {
  if (ids.length === 0) return new Map()
  const beauticians = await container
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .listBeauticians({ id: ids }, { select: ["id", "home_district", "service_districts", "rating", "review_count", "home_lat", "home_lng"], take: null })
  const skills = new Map<string, string[]>()
  // Certifications belong to the training plugin: read through the query graph, never its module.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: certified } = await query.graph({ entity: "certification", fields: ["beautician_id", "skill"], filters: { beautician_id: ids, status: "active" } })
  for (const { beautician_id, skill } of certified as Array<{ beautician_id: string; skill: string }>) skills.set(beautician_id, [...new Set([...(skills.get(beautician_id) ?? []), skill])])
  return new Map(
    beauticians.map((beautician) => [
      beautician.id,
      {
        districts: [...new Set([beautician.home_district, ...((beautician.service_districts as string[] | null) ?? [])].filter((d): d is string => Boolean(d)))],
        rating: beautician.rating ?? null,
        review_count: beautician.review_count ?? 0,
        certifications: skills.get(beautician.id) ?? [],
        geo: Number.isFinite(beautician.home_lat) && Number.isFinite(beautician.home_lng) ? { lat: beautician.home_lat, lng: beautician.home_lng } : null,
      },
    ]),
  )
}

/** Attributes for entries of a cms type by their refs; types without any (articles, studio pages) get none. */
export async function attributesFor(container: MedusaContainer, model: string, refs: string[]): Promise<Map<string, SearchAttributes>> {
  if (model === "service-content") return await servicesAttributes(container, refs)
  if (model === "beautician-profile") return await beauticiansAttributes(container, refs)
  return new Map()
}

/** The entries with what search filters by, read from commerce now. */
export async function withAttributes<T extends { model: string; ref: string; attributes?: SearchAttributes }>(container: MedusaContainer, model: string, entries: T[]): Promise<T[]> {
  const attributes = await attributesFor(container, model, entries.map((entry) => entry.ref))
  return entries.map((entry) => ({ ...entry, attributes: attributes.get(entry.ref) ?? {} }))
}
