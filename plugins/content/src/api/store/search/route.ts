import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import type { Locale } from "../../../lib/indexed-types"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { CONTENT_MODULE, type ContentModuleService } from "../../../modules/content"
import { SEARCH_TYPES, type SearchFacet, type SearchHit } from "../../../lib/search/port"
import type { SearchQuery } from "./validators"

/** The language asked for: Medusa takes `?locale=` (or `x-medusa-locale`) off the query of store routes into `req.locale`. */
function localeOf(req: MedusaRequest): Locale {
  const asked = (req as MedusaRequest & { locale?: string }).locale
  if (!asked || /^zh(-|$)/i.test(asked)) return "zh-CN"
  if (/^en(-|$)/i.test(asked)) return "en"
  throw new DomainError(400, "INVALID_LOCALE", `No content in ${asked}: zh-CN or en`, "locale")
}

/** `lat,lng` as numbers, checked in range. */
function nearOf(near: string | undefined): { lat: number; lng: number } | undefined {
  if (!near) return undefined
  const [lat, lng] = near.split(",").map(Number)
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) throw new DomainError(400, "INVALID_COORDINATES", `No place at ${near}: lat,lng in degrees`, "near")
  return { lat, lng }
}

/**
 * GET /store/search — services, beauticians and articles whose published cms
 * content matches, best first (or by rating, price or distance), with filters,
 * facet counts and paging, from whichever engine commerce started with. Only
 * what can be booked or read is shown: services whose product is published,
 * beauticians who are active at a studio taking bookings.
 */
export const GET = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const query = { ...validated<SearchQuery>(req), locale: localeOf(req) }
  const near = nearOf(query.near)
  if (query.sort === "distance" && !near) throw new DomainError(400, "NEAR_REQUIRED", "sort=distance needs near=lat,lng", "near")
  const found = await req.scope.resolve<ContentModuleService>(CONTENT_MODULE).search({
    q: query.q,
    locale: query.locale,
    types: query.type ? [query.type] : SEARCH_TYPES,
    filters: { category: query.category, min_price: query.min_price, max_price: query.max_price, district: query.district, min_rating: query.min_rating, merchant_handle: query.studio },
    facets: query.facets ? (query.facets.split(",") as SearchFacet[]) : [],
    sort: query.sort,
    near,
    limit: query.limit,
    offset: query.offset,
  })
  const hits = found.hits
  const refs = (type: string) => hits.filter((hit) => hit.type === type).map((hit) => hit.ref)
  const [products, beauticians] = await Promise.all([
    refs("service").length ? req.scope.resolve<IProductModuleService>(Modules.PRODUCT).listProducts({ handle: refs("service"), status: "published" }, { select: ["id", "handle"] }) : [],
    refs("beautician").length
      ? req.scope
          .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
          .listBeauticians({ id: refs("beautician"), status: "active", merchant_bookable: true }, { select: ["id", "rating", "review_count"] })
      : [],
  ])
  const productOf = new Map(products.map((product) => [product.handle, product]))
  const beauticianOf = new Map(beauticians.map((beautician) => [beautician.id, beautician]))
  const result = (hit: SearchHit) => {
    const base = { type: hit.type, title: hit.title, score: Number(hit.score.toFixed(3)) }
    const a = hit.attributes
    if (hit.type === "service") {
      const product = productOf.get(hit.ref)
      return (
        product && {
          ...base,
          handle: hit.ref,
          product_id: product.id,
          merchant_handle: hit.merchant_handle,
          subtitle: hit.data.subtitle ?? null,
          image: hit.data.image ?? null,
          category: a.category ?? null,
          price_min: a.price_min ?? null,
          price_max: a.price_max ?? null,
          duration_minutes: a.duration_minutes ?? [],
        }
      )
    }
    if (hit.type === "beautician") {
      const beautician = beauticianOf.get(hit.ref)
      return (
        beautician && {
          ...base,
          beautician_id: beautician.id,
          merchant_handle: hit.merchant_handle,
          avatar: hit.data.avatar ?? null,
          specialties: hit.data.specialties ?? [],
          rating: beautician.rating,
          review_count: beautician.review_count,
          districts: a.districts ?? [],
          certifications: a.certifications ?? [],
          distance_m: hit.distance_m,
        }
      )
    }
    return { ...base, slug: hit.ref, summary: hit.data.summary ?? null, cover: hit.data.cover ?? null }
  }
  res.json({
    query: query.q,
    locale: query.locale,
    engine: req.scope.resolve<ContentModuleService>(CONTENT_MODULE).searchEngine.name,
    // What is not bookable right now drops out of the page; `count` is what the index matched.
    results: hits.map(result).filter(Boolean),
    count: found.count,
    offset: query.offset,
    limit: query.limit,
    facets: found.facets,
  })
})
