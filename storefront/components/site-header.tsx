import Link from "next/link"
import { localePath, messagesFor, type Locale } from "@/lib/i18n"
import { sessionToken } from "@/lib/session"

/** Brand, the customer's way to their appointments (or to sign in), and the language switch; `path` is the current page without its locale prefix. */
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
        {t.brand}
      </Link>
      <nav className="header-links" aria-label={t.me}>
        {signedIn ? (
          <Link href={localePath(locale, "/appointments")} className="header-link">
            {t.myAppointments}
          </Link>
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
