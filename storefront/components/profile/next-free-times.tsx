import { unlessUnavailable } from "@/lib/backend"
import type { BookingRules } from "@/lib/booking"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { nextFreeStarts, type TimesPlace } from "@/lib/next-free"
import { FreeTimeLinks } from "./free-time-links"

/**
 * The beautician's next few free starts for one service at `place`, each a
 * link into the booking page with them and that time chosen; or that nothing
 * is free as far ahead as one can book.
 */
export async function NextFreeTimes({
  beauticianId,
  service,
  place,
  rules,
  locale,
}: {
  beauticianId: string
  service: { handle: string; title: string; optionId: string }
  place: TimesPlace
  rules: BookingRules
  locale: Locale
}) {
  const t = messagesFor(locale)
  const found = await unlessUnavailable(nextFreeStarts({ beauticianId, variantId: service.optionId, place, rules }))
  if (found === null || !found.ok) return <p className="form-hint free-times-none">{errorText(locale, found?.code ?? "UNAVAILABLE")}</p>
  if (found.starts.length === 0) return <p className="form-hint free-times-none">{t.nothingFree(found.days)}</p>
  const times = found.starts.map((start) => ({ start, optionId: service.optionId, service }))
  return <FreeTimeLinks beauticianId={beauticianId} times={times} label={t.nextFreeFor(service.title)} locale={locale} />
}

export function NextFreeLoading({ locale }: { locale: Locale }) {
  return (
    <p className="loading form-hint" role="status" aria-busy="true">
      {messagesFor(locale).nextFreeLoading}
    </p>
  )
}
