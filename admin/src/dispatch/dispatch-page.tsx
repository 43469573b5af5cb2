import InboxIcon from "@mui/icons-material/Inbox"
import RefreshIcon from "@mui/icons-material/Refresh"
import { Alert, Box, Button, Grid, LinearProgress, Pagination, Stack, Typography } from "@mui/material"
import { useState } from "react"
import { Title, useLocaleState, useTranslate } from "react-admin"
import { EmptyState } from "../common/fields"
import { PAGE_SIZE, useBoard } from "./board-data"
import { DispatchMap } from "./dispatch-map"
import { JobCard } from "./job-card"

const T = "resources.dispatch"

/**
 * The dispatch board: the studio's queue (jobs nobody has taken, and those
 * at risk) beside a map of the jobs and the beauticians. The queue is read
 * again every 15 s and after an assignment, on the same page; on a phone the
 * map comes under the queue.
 */
export function DispatchPage() {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const [page, setPage] = useState(1)
  const { board, error, loading, reload } = useBoard(page)
  const time = (date: Date) => new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(date)
  const pages = board ? Math.max(1, Math.ceil(board.count / PAGE_SIZE)) : 1

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate(`${T}.name`)} />
      <Stack direction="row" sx={{ alignItems: "center", flexWrap: "wrap", gap: 1, mb: 2 }}>
        <Box sx={{ flex: 1, minWidth: 200 }}>
          <Typography variant="h5" component="h1">
            {translate(`${T}.name`)}
            {board && board.count > 0 ? (
              <Typography component="span" variant="h6" color="warning.dark" sx={{ ml: 1.5 }} data-testid="waiting">
                {translate(`${T}.waiting`, { smart_count: board.count })}
              </Typography>
            ) : null}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(`${T}.subtitle`)}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          {board ? (
            <Typography variant="caption" color="text.secondary" aria-live="polite">
              {translate(`${T}.updated`, { time: time(board.loadedAt) })}
            </Typography>
          ) : null}
          <Button startIcon={<RefreshIcon />} onClick={() => void reload()} disabled={loading} sx={{ minHeight: 44 }}>
            {translate(`${T}.refresh`)}
          </Button>
        </Stack>
      </Stack>
      <Box sx={{ height: 4, mb: 1 }}>{loading ? <LinearProgress aria-label={translate("ra.page.loading")} /> : null}</Box>

      {error && !board ? (
        <Alert severity="error" action={<Button color="inherit" onClick={() => void reload()}>{translate(`${T}.retry`)}</Button>}>
          {translate(`${T}.error`)} {translate(error.message)}
        </Alert>
      ) : null}
      {error && board ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate(`${T}.stale`, { time: time(board.loadedAt) })} {translate(error.message)}
        </Alert>
      ) : null}

      {board ? (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }} component="section" aria-label={translate(`${T}.name`)}>
            {board.queue.length === 0 ? (
              <EmptyState icon={<InboxIcon />} title={`${T}.empty`} hint={`${T}.empty_hint`} />
            ) : (
              <Stack spacing={1.5}>
                {board.queue.map((job, i) => (
                  <JobCard key={job.appointment.id} job={job} index={(page - 1) * PAGE_SIZE + i + 1} onAssigned={() => void reload()} />
                ))}
              </Stack>
            )}
            {pages > 1 ? (
              <Pagination sx={{ mt: 2, display: "flex", justifyContent: "center" }} count={pages} page={page} onChange={(_, next) => setPage(next)} getItemAriaLabel={(type, n) => `${translate(`${T}.pages`)} ${type === "page" ? n : type}`} />
            ) : null}
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <Box sx={{ position: { md: "sticky" }, top: { md: 72 } }}>
              <DispatchMap jobs={board.queue} positions={board.positions} offset={(page - 1) * PAGE_SIZE} />
            </Box>
          </Grid>
        </Grid>
      ) : null}
    </Box>
  )
}
