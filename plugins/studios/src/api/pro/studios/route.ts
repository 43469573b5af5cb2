import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { MERCHANT_MODULE, type MerchantModuleService } from "../../../modules/merchant"

interface ProductRow {
  id: string
  handle: string
  title: string
  metadata: Record<string, unknown> | null
  categories?: Array<{ handle: string } | null> | null
  merchant?: { handle: string } | null
}

const service = (product: ProductRow) => ({
  id: product.id,
  handle: product.handle,
  title: { "zh-CN": product.title, en: (product.metadata?.title_en as string | undefined) ?? null },
  category: product.categories?.[0]?.handle ?? (product.metadata?.category as string | undefined) ?? null,
})

/**
 * GET /pro/studios — the studios taking beauticians' applications (the
 * approved ones), each with the services its beauticians may perform: the
 * platform's published services and the studio's own.
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const studios = await req.scope.resolve<MerchantModuleService>(MERCHANT_MODULE).listMerchants({ status: "approved" }, { order: { name: "ASC" } })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle", "title", "metadata", "categories.handle", "merchant.handle"],
    filters: { status: ProductStatus.PUBLISHED },
  })
  const products = data as ProductRow[]
  const platform = products.filter((product) => !product.merchant)
  res.json({
    studios: studios.map((studio) => ({
      handle: studio.handle,
      name: studio.name,
      district: studio.district,
      service_districts: studio.service_districts,
      services: [...platform, ...products.filter((product) => product.merchant?.handle === studio.handle)].map(service),
    })),
  })
})
