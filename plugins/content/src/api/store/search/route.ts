import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import type { Locale } from "../../../lib/indexed-types"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { CONTENT_MODULE, type ContentModuleService, type SearchHit } from "../../../modules/content"
import { SEARCH_TYPES, type SearchQuery } from "./validators"

const MODEL_OF = { service: "service-content", beautician: "beautician-profile", article: "article" } as const
const TYPE_OF = Object.fromEntries(Object.entries(MODEL_OF).map(([type, model]) => [model, type])) as Record<string, (typeof SEARCH_TYPES)[number]>

/** The language asked for: Medusa takes `?locale=` (or `x-medusa-locale`) off the query of store routes into `req.locale`. */
function localeOf(req: MedusaRequest): Locale {
  const asked = (req as MedusaRequest & { locale?: string }).locale
  if (!asked || /^zh(-|$)/i.test(asked)) return "zh-CN"
  if (/^en(-|$)/i.test(asked)) return "en"
  throw new DomainError(400, "INVALID_LOCALE", `No content in ${asked}: zh-CN or en`, "locale")
}

/**
 * GET /store/search?q=&locale=&type=&limit= — services, beauticians and
 * articles whose published cms content matches, best first. Only what can be
 * booked or read is found: services whose product is published, beauticians
 * who are active at a studio taking bookings.
 */
export const GET = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const query = { ...validated<SearchQuery>(req), locale: localeOf(req) }
  const models = (query.type ? [query.type] : SEARCH_TYPES).map((type) => MODEL_OF[type])
  // Ask for more than the limit: some hits are not bookable and drop out below.
  const hits = await req.scope.resolve<ContentModuleService>(CONTENT_MODULE).search(query.q, { locale: query.locale, models: [...models], limit: query.limit * 2 })
  const refs = (model: string) => hits.filter((hit) => hit.model === model).map((hit) => hit.ref)
  const [products, beauticians] = await Promise.all([
    refs("service-content").length
      ? req.scope.resolve<IProductModuleService>(Modules.PRODUCT).listProducts({ handle: refs("service-content"), status: "published" }, { select: ["id", "handle"] })
      : [],
    refs("beautician-profile").length
      ? req.scope
          .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
          .listBeauticians({ id: refs("beautician-profile"), status: "active", merchant_bookable: true }, { select: ["id", "rating", "review_count"] })
      : [],
  ])
  const productOf = new Map(products.map((product) => [product.handle, product]))
  const beauticianOf = new Map(beauticians.map((beautician) => [beautician.id, beautician]))
  const result = (hit: SearchHit) => {
    const base = { type: TYPE_OF[hit.model], title: hit.title, score: Number(hit.score.toFixed(3)) }
    if (hit.model === "service-content") {
      const product = productOf.get(hit.ref)
      return product && { ...base, handle: hit.ref, product_id: product.id, merchant_handle: hit.merchant_handle, subtitle: hit.data.subtitle ?? null, image: hit.data.image ?? null }
    }
    if (hit.model === "beautician-profile") {
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
        }
      )
    }
    return { ...base, slug: hit.ref, summary: hit.data.summary ?? null, cover: hit.data.cover ?? null }
  }
  res.json({ query: query.q, locale: query.locale, results: hits.map(result).filter(Boolean).slice(0, query.limit) })
})
