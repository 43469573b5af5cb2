import Link from "next/link"
import { localePath, messagesFor, type Locale } from "@/lib/i18n"

/** Brand and the language switch; `path` is the current page without its locale prefix. */
export function SiteHeader({ locale, path }: { locale: Locale; path: string }) {
  const t = messagesFor(locale)
  const other: Locale = locale === "en" ? "zh-CN" : "en"
  return (
    <header className="site-header">
      <Link href={localePath(locale)} className="brand">
        <span className="brand-mark" aria-hidden>
          ✦
        </span>
        {t.brand}
      </Link>
      <Link href={localePath(other, path)} className="locale-switch" hrefLang={other} lang={other}>
        {t.switchTo}
      </Link>
    </header>
  )
}
