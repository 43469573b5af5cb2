import type { HttpTypes } from "@medusajs/types"

/** A service is a Medusa product; its options are the variants, one per duration. Medusa's own types, not ours. */
export type ServiceRecord = HttpTypes.AdminProduct
export type ServiceVariant = HttpTypes.AdminProductVariant

/** A text kept in Medusa's free-form metadata (the English titles live there). */
const metadataText = (metadata: Record<string, unknown> | null | undefined, key: string) => {
  const value = metadata?.[key]
  return typeof value === "string" && value ? value : undefined
}

export const english = (locale: string) => locale === "en"

export const serviceTitle = (record: ServiceRecord, locale: string) => (english(locale) && metadataText(record.metadata, "title_en")) || record.title

export const categoryName = (record: ServiceRecord, locale: string) => {
  const category = record.categories?.[0]
  if (!category) return "—"
  return (english(locale) && metadataText(category.metadata, "name_en")) || category.name
}

export const durationMinutes = (variant: ServiceVariant) => {
  const minutes = variant.metadata?.duration_minutes
  return typeof minutes === "number" ? minutes : undefined
}

export const cnyPrice = (variant: ServiceVariant) => variant.prices?.find((p) => p.currency_code === "cny")?.amount

export const byDuration = (variants: ServiceVariant[] | null) => [...(variants ?? [])].sort((a, b) => (durationMinutes(a) ?? 0) - (durationMinutes(b) ?? 0))
