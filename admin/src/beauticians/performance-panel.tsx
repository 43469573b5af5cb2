import { Alert, Box, Grid, LinearProgress, MenuItem, Paper, TextField, Typography } from "@mui/material"
import { useEffect, useState } from "react"
import { useTranslate } from "react-admin"
import { api, type ApiError } from "../api"
import { BEAUTICIAN_PATHS } from "../data-provider"
import { percent, type Performance } from "./types"

const T = "resources.beauticians"
const PERIODS = [7, 30, 90] as const

function Figure({ label, value }: { label: string; value: string | number }) {
  const translate = useTranslate()
  return (
    <Paper variant="outlined" sx={{ p: 1.5, height: "100%" }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`${T}.labels.${label}`)}
      </Typography>
      <Typography variant="h6" component="div">
        {value}
      </Typography>
    </Paper>
  )
}

/** How a beautician has done over a chosen period: rating, acceptance, punctuality, cancellations, no-shows, jobs and complaints. */
export function PerformancePanel({ handle, beauticianId }: { handle: string; beauticianId: string }) {
  const translate = useTranslate()
  const [days, setDays] = useState<number>(30)
  const [performance, setPerformance] = useState<Performance | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    setPerformance(null)
    setError(null)
    api<{ performance: Performance }>("GET", BEAUTICIAN_PATHS.performance(handle, beauticianId), { query: { days } })
      .then((answer) => live && setPerformance(answer.performance))
      .catch((e: ApiError) => live && setError(e.message))
    return () => {
      live = false
    }
  }, [handle, beauticianId, days])
  return (
    <Box>
      <TextField select size="small" label={translate(`${T}.labels.days`)} value={days} onChange={(event) => setDays(Number(event.target.value))} sx={{ mb: 2, minWidth: 160 }}>
        {PERIODS.map((d) => (
          <MenuItem key={d} value={d}>
            {translate(`${T}.labels.last_days`, { smart_count: d })}
          </MenuItem>
        ))}
      </TextField>
      {error ? <Alert severity="error">{translate(error)}</Alert> : null}
      {!performance && !error ? <LinearProgress aria-label={translate("ra.page.loading")} /> : null}
      {performance ? (
        <Grid container spacing={1.5}>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Figure label="rating" value={performance.rating === null ? "—" : `★ ${performance.rating.toFixed(1)}`} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Figure label="acceptance" value={percent(performance.acceptance_rate)} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Figure label="on_time" value={percent(performance.punctuality)} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Figure label="cancellation" value={percent(performance.cancellation_rate)} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Figure label="completed" value={performance.jobs.completed} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Figure label="no_show" value={performance.jobs.no_show} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Figure label="cancelled" value={performance.jobs.cancelled} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Figure label="complaints" value={performance.complaints} />
          </Grid>
        </Grid>
      ) : null}
    </Box>
  )
}
