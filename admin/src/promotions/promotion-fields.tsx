import { Chip } from "@mui/material"
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from "react-admin"
import { formatTime } from "../common/fields"
import { formatFen } from "../money"
import type { Promotion } from "./types"

const STATE_COLORS = { active: "success", scheduled: "info", expired: "default", used_up: "warning", inactive: "default" } as const

/** How much a code takes off: "20%" or "¥50". */
export const discountText = (r: Promotion, locale: string) => (r.kind === "percentage" ? `${r.percent}%` : formatFen(r.amount_fen, locale))

/** When a code works, in the city's zone. */
export function periodText(r: Promotion, locale: string, translate: (key: string, options?: object) => string) {
  if (!r.starts_at && !r.ends_at) return translate("resources.promotions.always")
  if (!r.ends_at) return translate("resources.promotions.from", { time: formatTime(r.starts_at, locale) })
  if (!r.starts_at) return translate("resources.promotions.until", { time: formatTime(r.ends_at, locale) })
  return `${formatTime(r.starts_at, locale)} – ${formatTime(r.ends_at, locale)}`
}

export const usesText = (r: Promotion, translate: (key: string) => string) => `${r.uses} / ${r.usage_limit ?? translate("resources.promotions.unlimited")}`

export function DiscountField(_: Partial<FieldProps>) {
  const record = useRecordContext<Promotion>()
  const [locale] = useLocaleState()
  const translate = useTranslate()
  if (!record) return null
  const scope = record.applies_to === "order" ? translate("resources.promotions.whole_order") : record.applies_to === "every_service" ? translate("resources.promotions.every_service") : null
  return (
    <span>
      {discountText(record, locale)}
      {scope ? ` · ${scope}` : ""}
      {record.first_booking_only ? ` · ${translate("resources.promotions.first_booking")}` : ""}
    </span>
  )
}

export function PeriodField(_: Partial<FieldProps>) {
  const record = useRecordContext<Promotion>()
  const [locale] = useLocaleState()
  const translate = useTranslate()
  return record ? <span>{periodText(record, locale, translate)}</span> : null
}

export function UsesField(_: Partial<FieldProps>) {
  const record = useRecordContext<Promotion>()
  const translate = useTranslate()
  return record ? <span>{usesText(record, translate)}</span> : null
}

export function StateChip(_: Partial<FieldProps>) {
  const record = useRecordContext<Promotion>()
  const translate = useTranslate()
  if (!record) return null
  return <Chip size="small" color={STATE_COLORS[record.state]} label={translate(`resources.promotions.status.${record.state}`)} />
}
