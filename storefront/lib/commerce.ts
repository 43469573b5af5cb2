import { getJson } from "./backend"

export interface CommerceVariant {
  id: string
  title: string
  metadata: { duration_minutes?: number; tier?: string | null; title_en?: string } | null
  calculated_price: { calculated_amount: number; currency_code: string } | null
}

export interface CommerceProduct {
  id: string
  handle: string
  title: string
  subtitle: string | null
  metadata: { title_en?: string; subtitle_en?: string } | null
  categories: Array<{ handle: string; name: string; rank: number; metadata: { name_en?: string } | null }>
  variants: CommerceVariant[]
}

const baseUrl = () => process.env.MEDUSA_URL ?? "http://localhost:9000"

function storeHeaders(): Record<string, string> {
  return { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
}

/** The China region (CNY); prices are calculated for it. */
async function regionId(): Promise<string> {
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
