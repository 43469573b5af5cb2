"use client"

import { useState } from "react"
import { blockTimeOff, removeTimeOff } from "@/lib/actions/pro/schedule"
import type { Locale } from "@/lib/locale"
import { ChangeOutcome } from "./conflict-notice"
import { useScheduleChange } from "./use-schedule-change"
import { account } from "@/lib/messages/account"
import { proOffice } from "@/lib/messages/pro-office"
import { textsOf } from "@/lib/texts"

/** A block of time off as the page hands it over, its times already written out. */
export interface ShownTimeOff {
  id: string
  when: string
  reason: string | null
}

/** The date's time off, each removable, and a form to take more; time off over a booking is refused with the booking shown. */
export function TimeOffPanel({ locale, date, dayName, timeOff }: { locale: Locale; date: string; dayName: string; timeOff: ShownTimeOff[] }) {
  const t = textsOf(locale, account, proOffice)
  const [start, setStart] = useState("13:00")
  const [end, setEnd] = useState("15:00")
  const [reason, setReason] = useState("")
  const { busy, said, orphaned, send } = useScheduleChange(locale)
  return (
    <section className="panel" aria-labelledby="time-off-title">
      <h2 id="time-off-title">{t.timeOffTitle(dayName)}</h2>
      <p className="form-hint">{t.timeOffLead}</p>
      {timeOff.length === 0 ? (
        <p className="empty time-off-none">{t.timeOffNone}</p>
      ) : (
        <ul className="time-off-list">
          {timeOff.map((block) => (
            <li key={block.id}>
              <span>
                <strong>{block.when}</strong>
                {block.reason && <span className="form-hint"> · {block.reason}</span>}
              </span>
              <button
                type="button"
                className="button button-quiet"
                disabled={busy}
                onClick={() => send(() => removeTimeOff(block.id), t.timeOffRemoved)}
                aria-label={t.timeOffRemove(block.when)}
              >
                {t.timeOffRemoveShort}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          send(() => blockTimeOff(locale, date, start, end, reason), t.timeOffAdded, () => setReason(""))
        }}
      >
        <div className="window-row">
          <label className="field">
            <span>{t.hoursStart}</span>
            <input type="time" step={900} required value={start} onChange={(e) => setStart(e.target.value)} />
          </label>
          <label className="field">
            <span>{t.hoursEnd}</span>
            <input type="time" step={900} required value={end} onChange={(e) => setEnd(e.target.value)} />
          </label>
        </div>
        <label className="field">
          <span>{t.timeOffReason}</span>
          <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.submitting : t.timeOffAdd}
          </button>
        </div>
        <ChangeOutcome locale={locale} said={said} orphaned={orphaned} />
      </form>
    </section>
  )
}
