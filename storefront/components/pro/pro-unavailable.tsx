import { ErrorState } from "@/components/error-state"
import type { Locale } from "@/lib/locale"
import { ProHeader } from "./pro-header"

/** A portal page whose backend could not answer: the header, and the error state with a way to try again. */
export function ProUnavailable({ locale, path }: { locale: Locale; path: string }) {
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page">
        <ErrorState locale={locale} retryPath={path} />
      </main>
    </>
  )
}
