import { listServiceContent, withoutCms, type ServiceContent } from "./cms"
import { listServiceProducts, metadataNumber, metadataText, type CommerceProduct } from "./commerce"
import type { Locale } from "./locale"

export interface ServiceOption {
  id: string
  title: string
  durationMinutes: number | null
  price: number | null
}

export interface ServiceSummary {
  /** Medusa's product id: how recommendations name a service. */
  productId: string
  handle: string
  title: string
  subtitle: string | null
  summary: string | null
  options: ServiceOption[]
  fromPrice: number | null
}

export interface CategoryGroup {
  handle: string
  name: string
  services: ServiceSummary[]
}

/** A product's texts in the locale asked for; Chinese is Medusa's own, English sits in metadata. */
export function localizeProduct(product: CommerceProduct, locale: Locale) {
  const english = locale === "en"
  return {
    title: (english && metadataText(product.metadata, "title_en")) || product.title,
    subtitle: (english && metadataText(product.metadata, "subtitle_en")) || product.subtitle,
    options: (product.variants ?? [])
      .map((variant) => ({
        id: variant.id,
        title: (english && metadataText(variant.metadata, "title_en")) || variant.title || "",
        durationMinutes: metadataNumber(variant.metadata, "duration_minutes") ?? null,
        price: variant.calculated_price?.calculated_amount ?? null,
      }))
      .sort((a, b) => (a.durationMinutes ?? 0) - (b.durationMinutes ?? 0)),
  }
}

export function firstParagraph(content: ServiceContent | undefined): string | null {
  const block = content?.description?.find((b) => b.type === "paragraph")
  return block?.children?.map((child) => child.text ?? "").join("") || null
}

/** Services from commerce (what can be booked, at what price) with words from the cms, by category. */
export async function loadCatalog(locale: Locale): Promise<CategoryGroup[]> {
  const [products, contents] = await Promise.all([listServiceProducts(), withoutCms(listServiceContent(locale), [])])
  const contentByHandle = new Map(contents.map((content) => [content.handle, content]))
  const groups = new Map<string, CategoryGroup & { rank: number }>()
  for (const product of products) {
    const category = product.categories?.[0]
    if (!category) continue
    let group = groups.get(category.handle)
    if (!group) {
      const name = (locale === "en" && metadataText(category.metadata, "name_en")) || category.name
      group = { handle: category.handle, name, rank: category.rank ?? 0, services: [] }
      groups.set(category.handle, group)
    }
    const localized = localizeProduct(product, locale)
    const prices = localized.options.map((o) => o.price).filter((p): p is number => p !== null)
    group.services.push({
      productId: product.id,
      handle: product.handle,
      title: localized.title,
      subtitle: localized.subtitle,
      summary: firstParagraph(contentByHandle.get(product.handle)),
      options: localized.options,
      fromPrice: prices.length > 0 ? Math.min(...prices) : null,
    })
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank)
    .map(({ rank: _rank, ...group }) => ({ ...group, services: group.services.sort((a, b) => a.handle.localeCompare(b.handle)) }))
}

/** Every service in the catalogue by its product id (recommendations, favourites and the history name services so). */
export const servicesById = (groups: CategoryGroup[]) => new Map(groups.flatMap((group) => group.services.map((service) => [service.productId, service] as const)))
