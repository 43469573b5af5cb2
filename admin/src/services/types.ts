export interface ServiceVariant {
  id: string
  title: string
  metadata: { duration_minutes?: number; title_en?: string } | null
  prices: Array<{ amount: number; currency_code: string }>
}

export interface ServiceRecord {
  id: string
  title: string
  handle: string
  status: string
  updated_at: string
  metadata: { title_en?: string } | null
  categories: Array<{ id: string; name: string; metadata: { name_en?: string } | null }>
  variants: ServiceVariant[]
}

export const english = (locale: string) => locale === "en"

export const serviceTitle = (record: ServiceRecord, locale: string) =>
  (english(locale) && record.metadata?.title_en) || record.title

export const categoryName = (record: ServiceRecord, locale: string) => {
  const category = record.categories?.[0]
  if (!category) return "—"
  return (english(locale) && category.metadata?.name_en) || category.name
}

export const cnyPrice = (variant: ServiceVariant) => variant.prices?.find((p) => p.currency_code === "cny")?.amount

export const byDuration = (variants: ServiceVariant[]) =>
  [...variants].sort((a, b) => (a.metadata?.duration_minutes ?? 0) - (b.metadata?.duration_minutes ?? 0))
