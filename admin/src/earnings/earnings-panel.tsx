import DownloadIcon from "@mui/icons-material/Download"
import { Alert, Box, Button, Card, CardContent, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography, useMediaQuery, type Theme } from "@mui/material"
import { useState } from "react"
import { Loading, useGetOne, useLocaleState, usePermissions, useTranslate } from "react-admin"
import { blobUrl, type ApiError, type Schemas } from "../api"
import { formatTime } from "../common/fields"
import { FILES } from "../data-provider"
import { formatFen } from "../money"
import { can, type Staff } from "../roles"

interface Earnings {
  id: string
  balance_fen: number
  entries: Schemas["LedgerEntry"][]
  commission: Schemas["CommissionStanding"]
}

/** This month in the city's zone, as YYYY-MM. */
const thisMonth = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(new Date()).slice(0, 7)

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card variant="outlined" sx={{ height: "100%" }}>
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h5" component="p">
          {value}
        </Typography>
        {hint ? (
          <Typography variant="body2" color="text.secondary">
            {hint}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  )
}

/** The month's statement as CSV, fetched with the token and saved under a name that says whose and when. */
function StatementDownload({ handle }: { handle: string }) {
  const translate = useTranslate()
  const [month, setMonth] = useState(thisMonth())
  const [error, setError] = useState<string | null>(null)
  const download = async () => {
    setError(null)
    try {
      const url = await blobUrl(FILES.statement(handle, month))
      const link = document.createElement("a")
      link.href = url
      link.download = `${handle}-${month}.csv`
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (e) {
      setError((e as ApiError).message)
    }
  }
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", gap: 1, alignItems: "center" }}>
      <TextField type="month" size="small" label={translate("resources.earnings.month")} value={month} onChange={(e) => setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={!/^\d{4}-\d{2}$/.test(month)} sx={{ minHeight: 44 }}>
        {translate("resources.earnings.statement")}
      </Button>
      {error ? <Alert severity="error">{translate(error)}</Alert> : null}
    </Stack>
  )
}

/** A studio's money: balance, where it stands on its commission plan this month, the latest ledger entries, and monthly statements. */
export function EarningsPanel({ handle }: { handle: string }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { permissions } = usePermissions<Staff>()
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const { data, isPending, error } = useGetOne<Earnings>("earnings", { id: handle })
  if (isPending) return <Loading />
  if (error || !data) return <Alert severity="error">{translate((error as ApiError | null)?.message ?? "doorstep.errors.UNKNOWN")}</Alert>
  const c = data.commission
  return (
    <Stack spacing={2} sx={{ py: 1 }}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Figure label={translate("resources.earnings.balance")} value={formatFen(data.balance_fen, locale)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Figure label={translate("resources.earnings.month_gross", { month: c.month })} value={formatFen(c.month_gross_fen, locale)} hint={translate("resources.earnings.plan", { plan: c.plan })} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Figure
            label={translate("resources.earnings.rate")}
            value={`${c.rate_bp / 100}%`}
            hint={c.next_tier_from_fen === null ? translate("resources.earnings.last_tier") : translate("resources.earnings.next_tier", { amount: formatFen(c.next_tier_from_fen, locale) })}
          />
        </Grid>
      </Grid>
      {can(permissions, "earnings", "statements") ? <StatementDownload handle={handle} /> : null}
      <Typography variant="h6" component="h2">
        {translate("resources.earnings.entries")}
      </Typography>
      {data.entries.length === 0 ? (
        <Typography color="text.secondary">{translate("resources.earnings.no_entries")}</Typography>
      ) : (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small" aria-label={translate("resources.earnings.entries")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("resources.earnings.fields.created_at")}</TableCell>
                <TableCell>{translate("resources.earnings.fields.kind")}</TableCell>
                {isSmall ? null : <TableCell>{translate("resources.earnings.fields.note")}</TableCell>}
                <TableCell align="right">{translate("resources.earnings.fields.amount_fen")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.entries.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell>{formatTime(entry.created_at, locale)}</TableCell>
                  <TableCell>{translate(`resources.earnings.kinds.${entry.kind}`, { _: entry.kind })}</TableCell>
                  {isSmall ? null : <TableCell>{entry.note ?? entry.appointment_id ?? "—"}</TableCell>}
                  <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums", color: entry.amount_fen < 0 ? "error.main" : undefined }}>
                    {formatFen(entry.amount_fen, locale)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Stack>
  )
}
