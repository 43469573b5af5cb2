"use client"

import type { Locale } from "@/lib/locale"
import type { LocalWindow } from "@/lib/pro/schedule"
import { proOffice } from "@/lib/messages/pro-office"
import { textsOf } from "@/lib/texts"

/** The most windows a day may have (the API takes six a date). */
const MOST = 4
const NEW_WINDOW: LocalWindow = { start: "09:00", end: "18:00" }

/**
 * One day's working windows as start/end pairs, each removable, and a way to
 * add one: several windows make a day, the gaps between them are breaks.
 */
export function WindowRows({ locale, day, windows, onChange }: { locale: Locale; day: string; windows: LocalWindow[]; onChange: (windows: LocalWindow[]) => void }) {
  const t = textsOf(locale, proOffice)
  const set = (index: number, change: Partial<LocalWindow>) => onChange(windows.map((w, i) => (i === index ? { ...w, ...change } : w)))
  return (
    <div className="window-rows">
      {windows.map((window, index) => {
        const label = t.hoursWindowLabel(day, index + 1)
        return (
          <div key={index} className="window-row" role="group" aria-label={label}>
            <label className="field">
              <span>{t.hoursStart}</span>
              <input type="time" step={900} required value={window.start} onChange={(e) => set(index, { start: e.target.value })} />
            </label>
            <label className="field">
              <span>{t.hoursEnd}</span>
              <input type="time" step={900} required value={window.end} onChange={(e) => set(index, { end: e.target.value })} />
            </label>
            <button type="button" className="button button-quiet window-remove" onClick={() => onChange(windows.filter((_, i) => i !== index))} aria-label={t.hoursRemoveWindow(label)}>
              ×
            </button>
          </div>
        )
      })}
      {windows.length < MOST && (
        <button type="button" className="link-button" onClick={() => onChange([...windows, windows.length ? { start: windows[windows.length - 1].end, end: "21:00" } : NEW_WINDOW])}>
          {t.hoursAddWindow}
        </button>
      )}
    </div>
  )
}
