import { Box, Chip, Stack, Typography } from "@mui/material"
import type { ReactNode } from "react"
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from "react-admin"
import { formatFen } from "../money"

type ChipColor = "default" | "success" | "warning" | "error" | "info" | "primary"

/** A status as a chip, its words from `resources.<resource>.status.<value>`. */
export function StatusChip({ resource, source = "status", colors = {} }: Partial<FieldProps> & { resource: string; source?: string; colors?: Record<string, ChipColor> }) {
  const record = useRecordContext()
  const translate = useTranslate()
  const value = record?.[source] as string | undefined
  if (!value) return null
  return <Chip size="small" color={colors[value] ?? "default"} label={translate(`resources.${resource}.status.${value}`, { _: value })} />
}

/** An amount in fen, as ¥. */
export function FenField({ source }: Partial<FieldProps> & { source: string }) {
  const record = useRecordContext()
  const [locale] = useLocaleState()
  if (!record) return null
  return <span>{formatFen(record[source] as number | null, locale)}</span>
}

/** A time in the city's zone (Asia/Shanghai), however the viewer's machine is set. */
export function formatTime(value: string | null | undefined, locale: string) {
  if (!value) return "—"
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" }).format(new Date(value))
}

export function TimeField({ source }: Partial<FieldProps> & { source: string }) {
  const record = useRecordContext()
  const [locale] = useLocaleState()
  if (!record) return null
  return <span>{formatTime(record[source] as string | null, locale)}</span>
}

/** A titled part of a record's page; `title` is a translation key. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate()
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  )
}

/** One labelled line of a record's page: the label (a translation key) on the left, the value beside it. */
export function Line({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate()
  return (
    <Stack direction="row" spacing={2} sx={{ py: 0.5 }}>
      <Typography color="text.secondary" sx={{ minWidth: 96 }}>
        {translate(label)}
      </Typography>
      <Typography component="div">{children}</Typography>
    </Stack>
  )
}

/** What a list shows before its first row: what will appear, not a blank table. */
export function EmptyState({ icon, title, hint }: { icon: ReactNode; title: string; hint?: string }) {
  const translate = useTranslate()
  return (
    <Box sx={{ textAlign: "center", m: 6, color: "text.secondary" }}>
      <Box sx={{ fontSize: 64, opacity: 0.5, "& svg": { fontSize: 64 } }}>{icon}</Box>
      <Typography variant="h6" sx={{ mt: 1 }}>
        {translate(title)}
      </Typography>
      {hint ? <Typography variant="body2">{translate(hint)}</Typography> : null}
    </Box>
  )
}
