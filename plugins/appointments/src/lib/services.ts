import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "../api/domain-error"

export interface BookableVariant {
  id: string
  productId: string
  durationMinutes: number
  /** The studio whose own service this is (the product's `metadata.merchant_handle`), or null for the platform's catalogue. */
  merchantHandle: string | null
}

/** A service variant a customer can book: published, with a duration. */
export async function loadBookableVariant(container: MedusaContainer, variantId: string): Promise<BookableVariant> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "metadata", "product.id", "product.status", "product.metadata"],
    filters: { id: variantId },
  })
  const variant = data[0] as { id: string; metadata: Record<string, unknown> | null; product: { id: string; status: string; metadata: Record<string, unknown> | null } } | undefined
  if (!variant || variant.product?.status !== "published") {
    throw new DomainError(404, "VARIANT_NOT_FOUND", `No bookable service variant ${variantId}`)
  }
  const durationMinutes = Number(variant.metadata?.duration_minutes)
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
    throw new DomainError(400, "VARIANT_NOT_BOOKABLE", `Variant ${variantId} has no duration`)
  }
  const studio = variant.product.metadata?.merchant_handle
  return { id: variant.id, productId: variant.product.id, durationMinutes, merchantHandle: typeof studio === "string" && studio ? studio : null }
}

/** How long availability may answer from a remembered variant; product events forget it sooner. */
export const VARIANT_MEMORY_MS = 30_000
const remembered = new Map<string, { at: number; variant: Promise<BookableVariant> }>()

/**
 * The bookable variant as availability reads it, remembered briefly: catalogue
 * changes are rare and availability is asked for constantly. Holds and carts
 * always read it fresh with `loadBookableVariant`.
 */
export function rememberedBookableVariant(container: MedusaContainer, variantId: string, now = Date.now()): Promise<BookableVariant> {
  const hit = remembered.get(variantId)
  if (hit && now - hit.at < VARIANT_MEMORY_MS) return hit.variant
  if (remembered.size >= 10_000) remembered.clear()
  const variant = loadBookableVariant(container, variantId)
  remembered.set(variantId, { at: now, variant })
  variant.catch(() => remembered.delete(variantId))
  return variant
}

/** Called when the catalogue changes (see the subscriber): the next availability read asks again. */
export function forgetBookableVariants(): void {
  remembered.clear()
}

/** Each variant's service name (the product's title). */
export async function serviceTitles(container: MedusaContainer, variantIds: string[]) {
  const ids = [...new Set(variantIds)]
  if (ids.length === 0) return new Map<string, string>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "product.title"], filters: { id: ids } })
  return new Map((data as Array<{ id: string; product?: { title: string | null } | null }>).flatMap((v) => (v.product?.title ? [[v.id, v.product.title] as const] : [])))
}
