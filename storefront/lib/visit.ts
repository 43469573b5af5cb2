import { localizeProduct, type ServiceOption } from "./catalog"
import { listServiceProducts } from "./commerce"
import type { Locale } from "./locale"

export interface BookedService {
  handle: string
  title: string
  option: ServiceOption
}

/** Every listed service option by its variant id, in the reader's language: what appointments were booked for. */
export async function servicesByVariant(locale: Locale): Promise<Map<string, BookedService>> {
  const byVariant = new Map<string, BookedService>()
  for (const product of await listServiceProducts()) {
    const localized = localizeProduct(product, locale)
    for (const option of localized.options) byVariant.set(option.id, { handle: product.handle, title: localized.title, option })
  }
  return byVariant
}

/** The service and option one appointment is for (null when no longer listed). */
export async function serviceOfVariant(variantId: string, locale: Locale): Promise<BookedService | null> {
  return (await servicesByVariant(locale)).get(variantId) ?? null
}

/** Each listed service's title by its handle (what a training course certifies), in the reader's language. */
export async function serviceTitlesByHandle(locale: Locale): Promise<Map<string, string>> {
  return new Map([...(await servicesByVariant(locale)).values()].map((service) => [service.handle, service.title]))
}
