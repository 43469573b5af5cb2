import crypto from "node:crypto"
import type { CreateProductWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import { fenToYuan, yuanToFen } from "@doorstep/booking-core"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import type { StudioServiceBody } from "../api/admin/merchants/validators"

/** The option every service's variants differ by, as the seeded catalogue names it. */
export const DURATION_OPTION = "时长 Duration"
const CURRENCY_CODE = "cny"

const query = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.QUERY)

const SERVICE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "status",
  "metadata",
  "categories.handle",
  "variants.id",
  "variants.title",
  "variants.metadata",
  "variants.prices.amount",
  "variants.prices.currency_code",
]

interface ServiceRow {
  id: string
  handle: string
  title: string
  subtitle: string | null
  status: string
  metadata: Record<string, unknown> | null
  categories?: Array<{ handle: string }> | null
  variants?: Array<{ id: string; title: string; metadata: Record<string, unknown> | null; prices?: Array<{ amount: number; currency_code: string }> | null }> | null
}

/** A studio's service as the back office and the store see it: words in both languages, durations in minutes, prices in fen. */
export function serializeService(product: ServiceRow) {
  const meta = product.metadata ?? {}
  return {
    id: product.id,
    handle: product.handle,
    status: product.status,
    title: { "zh-CN": product.title, en: meta.title_en ?? null },
    subtitle: product.subtitle ? { "zh-CN": product.subtitle, en: meta.subtitle_en ?? null } : null,
    category: product.categories?.[0]?.handle ?? meta.category ?? null,
    variants: (product.variants ?? [])
      .map((variant) => {
        const price = variant.prices?.find((p) => p.currency_code === CURRENCY_CODE)
        return {
          id: variant.id,
          title: { "zh-CN": variant.title, en: variant.metadata?.title_en ?? null },
          duration_minutes: Number(variant.metadata?.duration_minutes),
          price_fen: price ? yuanToFen(String(price.amount)) : null,
        }
      })
      .sort((a, b) => a.duration_minutes - b.duration_minutes),
  }
}

/** The studio's own products' ids (none for the platform's catalogue). */
export async function studioProductIds(container: MedusaContainer, merchantHandle: string): Promise<string[]> {
  const { data } = await query(container).graph({ entity: "merchant", fields: ["id", "products.id"], filters: { handle: merchantHandle } })
  return ((data[0] as { products?: Array<{ id: string } | null> } | undefined)?.products ?? []).flatMap((p) => (p ? [p.id] : []))
}

/** The studio's services, newest first; `published` only for the store. */
export async function listStudioServices(container: MedusaContainer, merchantHandle: string, options: { publishedOnly?: boolean } = {}) {
  const ids = await studioProductIds(container, merchantHandle)
  if (ids.length === 0) return []
  const filters: Record<string, unknown> = { id: ids, ...(options.publishedOnly ? { status: ProductStatus.PUBLISHED } : {}) }
  const { data } = await query(container).graph({ entity: "product", fields: SERVICE_FIELDS, filters, pagination: { order: { created_at: "DESC" } } })
  return (data as ServiceRow[]).map(serializeService)
}

/** One of the studio's services, or 404 `SERVICE_NOT_FOUND` (the platform's catalogue and other studios' are not theirs). */
export async function studioService(container: MedusaContainer, merchantHandle: string, productId: string) {
  if (!(await studioProductIds(container, merchantHandle)).includes(productId)) throw new DomainError(404, "SERVICE_NOT_FOUND", `No service ${productId} at ${merchantHandle}`)
  const { data } = await query(container).graph({ entity: "product", fields: SERVICE_FIELDS, filters: { id: productId } })
  return data[0] as ServiceRow
}

/** The category's id by handle, or 400 `UNKNOWN_CATEGORY`. */
export async function categoryId(container: MedusaContainer, handle: string) {
  const [category] = await container.resolve(Modules.PRODUCT).listProductCategories({ handle, is_active: true }, { select: ["id"] })
  if (!category) throw new DomainError(400, "UNKNOWN_CATEGORY", `没有这个服务类别 · No service category ${handle}`, "category")
  return category.id
}

/** The sales channel the storefront's publishable key reads: the store's default. */
export async function storefrontChannelId(container: MedusaContainer): Promise<string | undefined> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"], take: 1 })
  return store?.default_sales_channel_id ?? undefined
}

/** The product Medusa's workflow creates for a studio's new service; in the storefront's channel only while the studio is approved. */
export function serviceProductInput(merchantHandle: string, body: StudioServiceBody, category: { id: string; handle: string }, channelId: string | undefined): CreateProductWorkflowInputDTO {
  const titles = body.variants.map((v) => v.title["zh-CN"])
  if (new Set(titles).size !== titles.length) throw new DomainError(400, "DUPLICATE_VARIANT", "时长名称重复 · Two durations have the same name", "variants")
  return {
    title: body.title["zh-CN"],
    subtitle: body.subtitle?.["zh-CN"],
    handle: `${merchantHandle}-${crypto.randomBytes(4).toString("hex")}`,
    status: body.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
    discountable: true,
    category_ids: [category.id],
    sales_channels: channelId ? [{ id: channelId }] : [],
    // A copy of the link, for the booking plugins that do not know merchants: whose beauticians may perform it.
    metadata: { title_en: body.title.en, ...(body.subtitle ? { subtitle_en: body.subtitle.en } : {}), category: category.handle, merchant_handle: merchantHandle },
    options: [{ title: DURATION_OPTION, values: titles }],
    variants: body.variants.map((variant) => ({
      title: variant.title["zh-CN"],
      manage_inventory: false,
      allow_backorder: false,
      options: { [DURATION_OPTION]: variant.title["zh-CN"] },
      metadata: { duration_minutes: variant.duration_minutes, title_en: variant.title.en },
      prices: [{ currency_code: CURRENCY_CODE, amount: fenToYuan(variant.price_fen) }],
    })),
  }
}

/**
 * Which studio each product belongs to (null: the platform's catalogue);
 * products that do not exist are missing from the map.
 */
async function ownersOf(container: MedusaContainer, productIds: string[]) {
  const { data } = await query(container).graph({ entity: "product", fields: ["id", "merchant.handle"], filters: { id: productIds } })
  return new Map((data as Array<{ id: string; merchant?: { handle: string } | null }>).map((p) => [p.id, p.merchant?.handle ?? null]))
}

/**
 * A studio's beautician may perform the platform's services and their own
 * studio's, nothing else: 400 `UNKNOWN_SERVICE` for a product that does not
 * exist, 400 `SKILL_OF_ANOTHER_STUDIO` for another studio's.
 */
export async function assertSkillsAllowed(container: MedusaContainer, merchantHandle: string, productIds: string[]) {
  const owners = await ownersOf(container, [...new Set(productIds)])
  for (const id of productIds) {
    if (!owners.has(id)) throw new DomainError(400, "UNKNOWN_SERVICE", `没有这项服务 · No service ${id}`, "skill_product_ids")
    const owner = owners.get(id)
    if (owner && owner !== merchantHandle) throw new DomainError(400, "SKILL_OF_ANOTHER_STUDIO", `这是其他门店的服务 · Service ${id} belongs to another studio`, "skill_product_ids")
  }
}

/**
 * A studio's own services are in the storefront's sales channel exactly while
 * the studio is approved, so the store lists them and carts take them only
 * then (the platform's catalogue is never touched).
 */
export async function followStoreListing(container: MedusaContainer, merchantHandle: string, approved: boolean) {
  const ids = await studioProductIds(container, merchantHandle)
  const channelId = await storefrontChannelId(container)
  if (ids.length === 0 || !channelId) return
  const { data } = await query(container).graph({ entity: "product", fields: ["id", "sales_channels.id"], filters: { id: ids } })
  const listed = new Set((data as Array<{ id: string; sales_channels?: Array<{ id: string } | null> | null }>).filter((p) => p.sales_channels?.some((c) => c?.id === channelId)).map((p) => p.id))
  const add = approved ? ids.filter((id) => !listed.has(id)) : []
  const remove = approved ? [] : ids.filter((id) => listed.has(id))
  if (add.length > 0 || remove.length > 0) await linkProductsToSalesChannelWorkflow(container).run({ input: { id: channelId, add, remove } })
}
