import type { HttpTypes } from "@medusajs/types"
import { getJson } from "./backend"

/** A bookable service as Medusa's store API answers it (Medusa's own types); its variants are the durations. */
export type CommerceProduct = HttpTypes.StoreProduct

/** A text or number kept in Medusa's free-form metadata (English titles, durations). */
export function metadataText(metadata: Record<string, unknown> | null | undefined, key: string): string | undefined {
  const value = metadata?.[key]
  return typeof value === "string" && value ? value : undefined
}

export function metadataNumber(metadata: Record<string, unknown> | null | undefined, key: string): number | undefined {
  const value = metadata?.[key]
  return typeof value === "number" ? value : undefined
}

const baseUrl = () => process.env.MEDUSA_URL ?? "http://localhost:9000"

function storeHeaders(): Record<string, string> {
  return { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
}

/** The China region (CNY); prices are calculated for it. */
export async function regionId(): Promise<string> {
  const { regions } = await getJson<{ regions: Array<{ id: string; currency_code: string }> }>(
    "commerce",
    `${baseUrl()}/store/regions?currency_code=cny&limit=1`,
    storeHeaders(),
  )
  if (regions.length === 0) throw new Error("No CNY region: run the commerce seed")
  return regions[0].id
}

const PRODUCT_FIELDS = "*variants.calculated_price,+variants.metadata,+metadata,*categories"

export async function listServiceProducts(): Promise<CommerceProduct[]> {
  const region = await regionId()
  const { products } = await getJson<{ products: CommerceProduct[] }>(
    "commerce",
    `${baseUrl()}/store/products?limit=200&region_id=${region}&fields=${encodeURIComponent(PRODUCT_FIELDS)}`,
    storeHeaders(),
  )
  return products
}

export async function findServiceProduct(handle: string): Promise<CommerceProduct | undefined> {
  const region = await regionId()
  const { products } = await getJson<{ products: CommerceProduct[] }>(
    "commerce",
    `${baseUrl()}/store/products?handle=${encodeURIComponent(handle)}&region_id=${region}&fields=${encodeURIComponent(PRODUCT_FIELDS)}`,
    storeHeaders(),
  )
  return products[0]
}
