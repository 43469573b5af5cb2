import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { fenToYuan } from "@doorstep/booking-core"
import { CURRENCY_CODE } from "../lib/market"
import type { CategorySeed, ServiceSeed } from "./demo-data"

const DURATION_OPTION = "时长 Duration"

/** Service categories by handle; creates the missing ones. */
export async function ensureCategories(container: MedusaContainer, seeds: CategorySeed[]): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProductCategories({ handle: seeds.map((c) => c.handle) })
  const missing = seeds.filter((seed) => !existing.some((c) => c.handle === seed.handle))
  if (missing.length > 0) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((seed) => ({
          name: seed.name["zh-CN"],
          handle: seed.handle,
          rank: seed.rank,
          is_active: true,
          metadata: { name_en: seed.name.en },
        })),
      },
    })
    existing.push(...result)
  }
  return new Map(existing.map((category) => [category.handle, category.id]))
}

/**
 * One product per service, one variant per duration/tier. Services are not
 * shipped and not stocked: no shipping profile, `manage_inventory: false`.
 * Existing handles are left as they are, so merchants' edits survive a re-seed.
 */
export async function ensureServices(
  container: MedusaContainer,
  seeds: ServiceSeed[],
  categoryIds: Map<string, string>,
  salesChannelId: string,
): Promise<number> {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts({ handle: seeds.map((s) => s.handle) }, { select: ["handle"] })
  const missing = seeds.filter((seed) => !existing.some((p) => p.handle === seed.handle))
  if (missing.length === 0) return 0
  await createProductsWorkflow(container).run({
    input: {
      products: missing.map((service) => {
        const categoryId = categoryIds.get(service.category)
        if (!categoryId) throw new Error(`Service ${service.handle} names unknown category ${service.category}`)
        return {
          title: service.title["zh-CN"],
          subtitle: service.subtitle["zh-CN"],
          handle: service.handle,
          status: ProductStatus.PUBLISHED,
          discountable: true,
          category_ids: [categoryId],
          sales_channels: [{ id: salesChannelId }],
          metadata: { title_en: service.title.en, subtitle_en: service.subtitle.en, category: service.category },
          options: [{ title: DURATION_OPTION, values: service.variants.map((v) => v.title["zh-CN"]) }],
          variants: service.variants.map((variant) => ({
            title: variant.title["zh-CN"],
            sku: variant.sku,
            manage_inventory: false,
            allow_backorder: false,
            options: { [DURATION_OPTION]: variant.title["zh-CN"] },
            metadata: { duration_minutes: variant.duration_minutes, tier: variant.tier, title_en: variant.title.en },
            prices: [{ currency_code: CURRENCY_CODE, amount: fenToYuan(variant.price_fen) }],
          })),
        }
      }),
    },
  })
  return missing.length
}
