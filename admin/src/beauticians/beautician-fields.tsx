import StarIcon from "@mui/icons-material/Star"
import { Box, Chip, LinearProgress, Stack, Typography } from "@mui/material"
import { useRecordContext, useTranslate, type FieldProps } from "react-admin"
import type { Beautician } from "./types"

const T = "resources.beauticians"
const hours = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10}h`

/** The services they may perform, a few as chips and a count of the rest. */
export function SkillChips({ max = 3 }: Partial<FieldProps> & { max?: number }) {
  const record = useRecordContext<Beautician>()
  const translate = useTranslate()
  if (!record) return null
  if (record.skills.length === 0) return <Typography variant="body2" color="text.secondary">{translate(`${T}.labels.none_skills`)}</Typography>
  const shown = record.skills.slice(0, max)
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
      {shown.map((s) => (
        <Chip key={s.product_id} size="small" variant="outlined" label={s.title ?? s.product_id} />
      ))}
      {record.skills.length > max ? <Chip size="small" label={`+${record.skills.length - max}`} /> : null}
    </Stack>
  )
}

/** Certifications earned by exam: their skills, an expired one marked. */
export function CertificationSummary(_: Partial<FieldProps>) {
  const record = useRecordContext<Beautician>()
  const translate = useTranslate()
  if (!record) return null
  if (record.certifications.length === 0) return <Typography variant="body2" color="text.secondary">—</Typography>
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
      {record.certifications.map((c) => (
        <Chip key={c.id} size="small" color={c.status === "expired" ? "default" : "success"} variant="outlined" label={`${c.title ?? c.skill}${c.status === "expired" ? ` · ${translate(`${T}.labels.expired`)}` : ""}`} />
      ))}
    </Stack>
  )
}

/** Today's load: jobs, booked against working hours, as a bar. */
export function TodayLoad(_: Partial<FieldProps>) {
  const record = useRecordContext<Beautician>()
  const translate = useTranslate()
  if (!record) return null
  const { today } = record
  if (today.working_minutes === 0 && today.jobs === 0) return <Typography variant="body2" color="text.secondary">{translate(`${T}.list.day_off`)}</Typography>
  const share = today.utilisation ?? 0
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="body2">{translate(`${T}.list.today`, { jobs: today.jobs, booked: hours(today.booked_minutes), working: hours(today.working_minutes) })}</Typography>
      <LinearProgress variant="determinate" value={Math.min(100, share * 100)} aria-label={translate(`${T}.labels.utilisation`)} sx={{ mt: 0.5, height: 6, borderRadius: 3 }} />
    </Box>
  )
}

/** The rating with its number of reviews. */
export function RatingField(_: Partial<FieldProps>) {
  const record = useRecordContext<Beautician>()
  const translate = useTranslate()
  if (!record) return null
  const { rating, review_count } = record.performance
  if (rating === null) return <Typography variant="body2" color="text.secondary">{translate(`${T}.list.no_rating`)}</Typography>
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: "center" }}>
      <StarIcon fontSize="small" sx={{ color: "warning.main" }} aria-hidden />
      <Typography variant="body2">
        {rating.toFixed(1)}{" "}
        <Typography component="span" variant="caption" color="text.secondary">
          ({translate(`${T}.list.reviews`, { smart_count: review_count })})
        </Typography>
      </Typography>
    </Stack>
  )
}
