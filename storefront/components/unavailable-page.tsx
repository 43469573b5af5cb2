import { ErrorState } from "@/components/error-state"
import { SiteHeader } from "@/components/site-header"
import type { Locale } from "@/lib/locale"

/** A whole page whose backend could not answer: the header, and the error state with a way to try again. */
export function UnavailablePage({ locale, path }: { locale: Locale; path: string }) {
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page">
        <ErrorState locale={locale} retryPath={path} />
      </main>
    </>
  )
}
