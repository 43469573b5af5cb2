import { Chip, Stack } from "@mui/material"
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from "react-admin"
import { formatCny } from "../money"
import { byDuration, categoryName, cnyPrice, durationMinutes, serviceTitle, type ServiceRecord } from "./types"

// Datagrid reads label, source and sortable from the props.
export function ServiceTitleField(_props: Partial<FieldProps>) {
  const record = useRecordContext<ServiceRecord>()
  const [locale] = useLocaleState()
  return record ? <span>{serviceTitle(record, locale)}</span> : null
}

export function CategoryField(_props: Partial<FieldProps>) {
  const record = useRecordContext<ServiceRecord>()
  const [locale] = useLocaleState()
  return record ? <span>{categoryName(record, locale)}</span> : null
}

/** Each option as "60 分钟 · ¥298". */
export function VariantChips(_props: Partial<FieldProps>) {
  const record = useRecordContext<ServiceRecord>()
  const [locale] = useLocaleState()
  const translate = useTranslate()
  if (!record) return null
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
      {byDuration(record.variants).map((variant) => (
        <Chip
          key={variant.id}
          size="small"
          variant="outlined"
          label={`${translate("resources.services.minutes", { count: durationMinutes(variant) ?? "?" })} · ${formatCny(cnyPrice(variant), locale)}`}
        />
      ))}
    </Stack>
  )
}

export function ServiceStatusField(_props: Partial<FieldProps>) {
  const record = useRecordContext<ServiceRecord>()
  const translate = useTranslate()
  if (!record) return null
  return (
    <Chip
      size="small"
      color={record.status === "published" ? "success" : "default"}
      label={translate(`resources.services.status.${record.status}`, { _: record.status })}
    />
  )
}
