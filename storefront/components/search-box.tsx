import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"

/** A plain search form (works before any script loads), to the search page. */
export function SearchBox({ locale, value = "" }: { locale: Locale; value?: string }) {
  const t = messagesFor(locale)
  return (
    <form role="search" action={localePath(locale, "/search")} method="get" className="search-box">
      <label htmlFor="search-q" className="visually-hidden">
        {t.searchLabel}
      </label>
      <input id="search-q" name="q" type="search" defaultValue={value} placeholder={t.searchPlaceholder} maxLength={100} enterKeyHint="search" />
      <button type="submit" className="button">
        {t.searchButton}
      </button>
    </form>
  )
}
