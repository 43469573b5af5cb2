import { messagesFor, type Locale } from "@/lib/i18n"

export function ErrorState({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  return (
    <section className="notice notice-error" role="alert">
      <h2>{t.unavailableTitle}</h2>
      <p>{t.unavailableBody}</p>
    </section>
  )
}
