import type { Metadata } from "next"
import { messagesFor, type Messages } from "../i18n"
import { isLocale } from "../locale"

/** A portal page's `generateMetadata`: its title in the reader's language, then the portal's name. */
export const proTitle =
  (title: (t: Messages) => string) =>
  async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params
    if (!isLocale(locale)) return {}
    const t = messagesFor(locale)
    return { title: `${title(t)} · ${t.proBrand}` }
  }
