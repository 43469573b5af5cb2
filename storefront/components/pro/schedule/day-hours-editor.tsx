"use client"

import { useState } from "react"
import { saveDateHours } from "@/lib/actions/pro/schedule"
import type { Locale } from "@/lib/locale"
import type { LocalWindow } from "@/lib/pro/schedule"
import { ChangeOutcome } from "./conflict-notice"
import { useScheduleChange } from "./use-schedule-change"
import { WindowRows } from "./window-rows"
import { account } from "@/lib/messages/account"
import { proOffice } from "@/lib/messages/pro-office"
import { textsOf } from "@/lib/texts"

/**
 * One date's hours: kept from the week, or its own (other windows, or the
 * whole day off), and back to the week; refused with the bookings shown when
 * a change would orphan one.
 */
export function DayHoursEditor({ locale, date, dayName, own, windows }: { locale: Locale; date: string; dayName: string; own: boolean; windows: LocalWindow[] }) {
  const t = textsOf(locale, account, proOffice)
  const [working, setWorking] = useState(windows.length > 0)
  const [chosen, setChosen] = useState<LocalWindow[]>(windows.length > 0 ? windows : [{ start: "09:00", end: "18:00" }])
  const { busy, said, orphaned, send } = useScheduleChange(locale)
  return (
    <section className="panel" aria-labelledby="day-hours-title">
      <h2 id="day-hours-title">{t.dayHoursTitle(dayName)}</h2>
      <p className="form-hint">{own ? t.dayHoursOwn : t.dayHoursFromWeek}</p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          send(() => saveDateHours(locale, date, working ? chosen : []), t.dayHoursSaved)
        }}
      >
        <fieldset className="choice-list choice-row">
          <legend className="visually-hidden">{t.dayHoursTitle(dayName)}</legend>
          <label className="choice">
            <input type="radio" name="day-working" checked={working} onChange={() => setWorking(true)} />
            <span className="choice-body">{t.dayHoursWork}</span>
          </label>
          <label className="choice">
            <input type="radio" name="day-working" checked={!working} onChange={() => setWorking(false)} />
            <span className="choice-body">{t.dayHoursOff}</span>
          </label>
        </fieldset>
        {working && <WindowRows locale={locale} day={dayName} windows={chosen} onChange={setChosen} />}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy || (working && chosen.length === 0)}>
            {busy ? t.submitting : t.dayHoursSave}
          </button>
          {own && (
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => send(() => saveDateHours(locale, date, null), t.dayHoursSaved)}>
              {t.dayHoursReset}
            </button>
          )}
        </div>
        <ChangeOutcome locale={locale} said={said} orphaned={orphaned} />
      </form>
    </section>
  )
}
