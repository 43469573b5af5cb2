import Link from "next/link"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { dateInZone, datesFrom, formatClock, formatDay, todayInZone } from "@/lib/time"

/** One free start of a beautician: the service and its option it is for. */
export interface FreeTime {
  start: string
  optionId: string
  service: { handle: string; title: string }
}

/** "今天" / "明天" or the date, then the time, in Shanghai. */
export function freeTimeLabel(start: string, locale: Locale): string {
  const t = messagesFor(locale)
  const [today, tomorrow] = datesFrom(todayInZone(), 2)
  const date = dateInZone(start)
  const day = date === today ? t.today : date === tomorrow ? t.tomorrow : formatDay(date, locale)
  return `${day} ${formatClock(start, locale)}`
}

/** A beautician's free starts as chips, each a link into the booking page with her, the option and that time chosen. */
export function FreeTimeLinks({ beauticianId, times, label, locale }: { beauticianId: string; times: FreeTime[]; label: string; locale: Locale }) {
  const query = (time: FreeTime) => new URLSearchParams({ beautician: beauticianId, option: time.optionId, start: time.start }).toString()
  return (
    <ul className="free-times" aria-label={label}>
      {times.map((time) => (
        <li key={`${time.start}-${time.optionId}`}>
          <Link href={`${localePath(locale, `/services/${time.service.handle}/book`)}?${query(time)}`} className="time-chip">
            {freeTimeLabel(time.start, locale)}
            <span className="visually-hidden"> · {time.service.title}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
