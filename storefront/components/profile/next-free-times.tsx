import Link from "next/link"
import { unlessUnavailable } from "@/lib/backend"
import type { BookingRules } from "@/lib/booking"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { nextFreeStarts, type TimesPlace } from "@/lib/next-free"
import { dateInZone, datesFrom, formatClock, formatDay, todayInZone } from "@/lib/time"

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
  const [today, tomorrow] = datesFrom(todayInZone(), 2)
  const day = (start: string) => {
    const date = dateInZone(start)
    return date === today ? t.today : date === tomorrow ? t.tomorrow : formatDay(date, locale)
  }
  const query = (start: string) => new URLSearchParams({ beautician: beauticianId, option: service.optionId, start }).toString()
  return (
    <ul className="free-times" aria-label={t.nextFreeFor(service.title)}>
      {found.starts.map((start) => (
        <li key={start}>
          <Link href={`${localePath(locale, `/services/${service.handle}/book`)}?${query(start)}`} className="time-chip">
            {day(start)} {formatClock(start, locale)}
            <span className="visually-hidden"> · {service.title}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

export function NextFreeLoading({ locale }: { locale: Locale }) {
  return (
    <p className="loading form-hint" role="status" aria-busy="true">
      {messagesFor(locale).nextFreeLoading}
    </p>
  )
}
