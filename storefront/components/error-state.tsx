import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"

/** Commerce could not answer: say so, and offer to try the same page again (a full load, not an in-app navigation). */
export function ErrorState({ locale, retryPath }: { locale: Locale; retryPath: string }) {
  const t = messagesFor(locale)
  return (
    <section className="notice notice-error" role="alert">
      <h2>{t.unavailableTitle}</h2>
      <p>{t.unavailableBody}</p>
      <a href={localePath(locale, retryPath)} className="button">
        {t.tryAgain}
      </a>
    </section>
  )
}
