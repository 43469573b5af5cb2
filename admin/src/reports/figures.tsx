import { useTranslate } from "react-admin"
import { formatFen } from "../money"
import { formatHours, formatShare, kindOf } from "./report-data"

/** A figure of a report's column as people read it: ¥, %, hours or a count. */
export function formatFigure(column: string, value: unknown, locale: string): string {
  switch (kindOf(column)) {
    case "fen":
      return formatFen(typeof value === "number" ? value : null, locale)
    case "share":
      return formatShare(value, locale)
    case "minutes":
      return formatHours(value, locale)
    default:
      return typeof value === "number" ? new Intl.NumberFormat(locale).format(value) : "—"
  }
}

/** A column's name: the report's own words, or an appointment status's (the bookings report counts by status). */
export function useColumnName() {
  const translate = useTranslate()
  return (column: string) => translate(`resources.reports.columns.${column}`, { _: translate(`resources.appointments.status.${column}`, { _: column }) })
}

/** A day's key as the chart's axis shows it (MM-DD); other keys are their labels. */
export const shortLabel = (label: string) => (/^\d{4}-\d{2}-\d{2}$/.test(label) ? label.slice(5) : label)
