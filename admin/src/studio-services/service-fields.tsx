import { Chip, Stack } from "@mui/material"
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from "react-admin"
import { formatFen } from "../money"
import { titleIn, type StudioService } from "./types"

export function ServiceTitle(_props: Partial<FieldProps>) {
  const record = useRecordContext<StudioService>()
  const [locale] = useLocaleState()
  return record ? <span>{titleIn(record.title, locale)}</span> : null
}

/** Each duration as "60 分钟 · ¥298". */
export function DurationPrices(_props: Partial<FieldProps>) {
  const record = useRecordContext<StudioService>()
  const [locale] = useLocaleState()
  const translate = useTranslate()
  if (!record) return null
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
      {record.variants.map((v) => (
        <Chip key={v.id} size="small" variant="outlined" label={`${translate("resources.studio-services.minutes", { count: v.duration_minutes })} · ${formatFen(v.price_fen, locale)}`} />
      ))}
    </Stack>
  )
}

export const durationPricesText = (record: StudioService, locale: string, translate: (key: string, options?: object) => string) =>
  record.variants.map((v) => `${translate("resources.studio-services.minutes", { count: v.duration_minutes })} ${formatFen(v.price_fen, locale)}`).join(" · ")
