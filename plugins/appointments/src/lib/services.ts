import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "../api/domain-error"

export interface BookableVariant {
  id: string
  productId: string
  durationMinutes: number
}

/** A service variant a customer can book: published, with a duration. */
export async function loadBookableVariant(container: MedusaContainer, variantId: string): Promise<BookableVariant> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "metadata", "product.id", "product.status"],
    filters: { id: variantId },
  })
  const variant = data[0] as { id: string; metadata: Record<string, unknown> | null; product: { id: string; status: string } } | undefined
  if (!variant || variant.product?.status !== "published") {
    throw new DomainError(404, "VARIANT_NOT_FOUND", `No bookable service variant ${variantId}`)
  }
  const durationMinutes = Number(variant.metadata?.duration_minutes)
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
    throw new DomainError(400, "VARIANT_NOT_BOOKABLE", `Variant ${variantId} has no duration`)
  }
  return { id: variant.id, productId: variant.product.id, durationMinutes }
}
