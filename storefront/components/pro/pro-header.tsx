import Link from "next/link"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"

/**
 * The portal's header: its brand (home is the offers), and the language switch;
 * `path` is the page without its locale. The home link is not prefetched: signed
 * out, it is a redirect, and a prefetched redirect keeps the page from ever
 * going quiet.
 */
export function ProHeader({ locale, path }: { locale: Locale; path: string }) {
  const t = messagesFor(locale)
  const other: Locale = locale === "en" ? "zh-CN" : "en"
  return (
    <header className="site-header pro-header">
      <Link href={localePath(locale, "/pro")} className="brand" prefetch={false}>
        <span className="brand-mark" aria-hidden>
          ✦
        </span>
        <span className="brand-name">{t.proBrand}</span>
      </Link>
      <Link href={localePath(other, path)} className="locale-switch" hrefLang={other} lang={other}>
        {t.switchTo}
      </Link>
    </header>
  )
}
