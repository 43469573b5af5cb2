import { Alert, Box, Card, CardContent, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, type Theme } from "@mui/material"
import { Loading, useGetOne, useLocaleState, usePermissions, useTranslate } from "react-admin"
import type { ApiError, Schemas } from "../api"
import { formatTime } from "../common/fields"
import { formatFen } from "../money"
import { can, type Staff } from "../roles"
import { StatementSection } from "./statement"

interface Earnings {
  id: string
  balance_fen: number
  entries: Schemas["LedgerEntry"][]
  commission: Schemas["CommissionStanding"]
}

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
      {can(permissions, "earnings", "statements") ? <StatementSection handle={handle} /> : null}
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
