import Link from "next/link"
import { DateTime } from "luxon"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { formatDay, ZONE } from "@/lib/time"

export type ScheduleView = "day" | "week"

/** The schedule's address for a view of a date. */
export const scheduleHref = (locale: Locale, view: ScheduleView, date: string) => `${localePath(locale, "/pro/schedule")}?view=${view}&date=${date}`

const shift = (date: string, days: number) => DateTime.fromISO(date, { zone: ZONE }).plus({ days }).toISODate()!

/**
 * Day or week, and the way to the next and previous one; in the day view the
 * week's seven days too, one tap each.
 */
export function ScheduleNav({ locale, view, date, week, today }: { locale: Locale; view: ScheduleView; date: string; week: string[]; today: string }) {
  const t = messagesFor(locale)
  const step = view === "week" ? 7 : 1
  return (
    <nav className="schedule-nav" aria-label={t.scheduleNavLabel}>
      <div className="segmented segmented-links">
        {(["day", "week"] as const).map((v) => (
          <Link key={v} href={scheduleHref(locale, v, date)} className={v === view ? "selected" : undefined} aria-current={v === view ? "page" : undefined}>
            {t.scheduleViews[v]}
          </Link>
        ))}
      </div>
      <div className="schedule-steps">
        <Link href={scheduleHref(locale, view, shift(date, -step))} className="button button-quiet">
          {view === "week" ? t.schedulePrevWeek : t.schedulePrevDay}
        </Link>
        <Link href={scheduleHref(locale, view, today)} className="button button-quiet">
          {t.scheduleToday}
        </Link>
        <Link href={scheduleHref(locale, view, shift(date, step))} className="button button-quiet">
          {view === "week" ? t.scheduleNextWeek : t.scheduleNextDay}
        </Link>
      </div>
      {view === "day" && (
        <ul className="date-strip schedule-days">
          {week.map((d) => (
            <li key={d}>
              <Link href={scheduleHref(locale, "day", d)} className={d === date ? "date-chip selected" : "date-chip"} aria-current={d === date ? "date" : undefined}>
                {formatDay(d, locale)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}
