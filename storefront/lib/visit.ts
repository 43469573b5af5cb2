import { localizeProduct, type ServiceOption } from "./catalog"
import { listServiceProducts } from "./commerce"
import type { Locale } from "./i18n"

/** The service and option an appointment is for, in the reader's language (null when no longer listed). */
export async function serviceOfVariant(variantId: string, locale: Locale): Promise<{ handle: string; title: string; option: ServiceOption } | null> {
  for (const product of await listServiceProducts()) {
    const localized = localizeProduct(product, locale)
    const option = localized.options.find((o) => o.id === variantId)
    if (option) return { handle: product.handle, title: localized.title, option }
  }
  return null
}
