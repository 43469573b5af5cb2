"use client"

import { useState } from "react"
import { saveWeeklyHours } from "@/lib/actions/pro/schedule"
import type { Locale } from "@/lib/locale"
import type { LocalWindow, WeeklyWindow } from "@/lib/pro/schedule"
import { ChangeOutcome } from "./conflict-notice"
import { useScheduleChange } from "./use-schedule-change"
import { WindowRows } from "./window-rows"
import { account } from "@/lib/messages/account"
import { proOffice } from "@/lib/messages/pro-office"
import { textsOf } from "@/lib/texts"

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const
type Weekday = (typeof WEEKDAYS)[number]

/** The weekly hours, a day at a time, saved as one week; a week that would orphan a booking is refused with the bookings shown. */
export function WeeklyHoursEditor({ locale, initial }: { locale: Locale; initial: WeeklyWindow[] }) {
  const t = textsOf(locale, account, proOffice)
  const saved = () => Object.fromEntries(WEEKDAYS.map((d) => [d, initial.filter((w) => w.weekday === d).map(({ start, end }) => ({ start, end }))])) as Record<Weekday, LocalWindow[]>
  const [week, setWeek] = useState(saved)
  const { busy, said, orphaned, send } = useScheduleChange(locale)
  const weekly = (): WeeklyWindow[] => WEEKDAYS.flatMap((weekday) => week[weekday].map((w) => ({ weekday, ...w })))
  return (
    <section className="panel" aria-labelledby="weekly-hours-title">
      <h2 id="weekly-hours-title">{t.hoursTitle}</h2>
      <p className="form-hint">{t.hoursLead}</p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          send(() => saveWeeklyHours(locale, weekly()), t.hoursSaved)
        }}
      >
        {WEEKDAYS.map((weekday) => (
          <fieldset key={weekday} className="weekday-hours">
            <legend>
              {t.weekdayNames[weekday - 1]}
              {week[weekday].length === 0 && <span className="weekday-off"> · {t.scheduleDayOff}</span>}
            </legend>
            <WindowRows locale={locale} day={t.weekdayNames[weekday - 1]} windows={week[weekday]} onChange={(windows) => setWeek({ ...week, [weekday]: windows })} />
          </fieldset>
        ))}
        <p className="form-hint">{t.hoursOvernight}</p>
        <div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.submitting : t.hoursSave}
          </button>
        </div>
        <ChangeOutcome locale={locale} said={said} orphaned={orphaned} />
        {orphaned && (
          <div>
            <button type="button" className="link-button" onClick={() => setWeek(saved())}>
              {t.hoursUndo}
            </button>
          </div>
        )}
      </form>
    </section>
  )
}
