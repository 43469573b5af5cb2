import Link from "next/link"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { sessionToken } from "@/lib/session"

/** A signed-in customer's own pages, as the header names them (short, to fit a 360 px phone). */
const MINE = [
  ["/appointments", "navBookings"],
  ["/inbox", "navInbox"],
  ["/account", "navAccount"],
] as const

/** Brand, the customer's own pages (or the way to sign in), and the language switch; `path` is the current page without its locale prefix. */
export async function SiteHeader({ locale, path }: { locale: Locale; path: string }) {
  const t = messagesFor(locale)
  const other: Locale = locale === "en" ? "zh-CN" : "en"
  const signedIn = Boolean(await sessionToken())
  return (
    <header className="site-header">
      <Link href={localePath(locale)} className="brand">
        <span className="brand-mark" aria-hidden>
          ✦
        </span>
        <span className="brand-name">{t.brand}</span>
      </Link>
      <nav className="header-links" aria-label={t.me}>
        {signedIn ? (
          MINE.map(([to, label]) => (
            <Link key={to} href={localePath(locale, to)} className="header-link" aria-current={path === to || path.startsWith(`${to}/`) ? "page" : undefined}>
              {t[label]}
            </Link>
          ))
        ) : (
          <Link href={`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`} className="header-link">
            {t.signIn}
          </Link>
        )}
        <Link href={localePath(other, path)} className="locale-switch" hrefLang={other} lang={other}>
          {t.switchTo}
        </Link>
      </nav>
    </header>
  )
}
