import { Alert, Card, CardContent, Grid, Stack, Typography } from "@mui/material"
import { Loading, useGetOne, useLocaleState, usePermissions, useTranslate } from "react-admin"
import type { ApiError, Schemas } from "../api"
import { formatTime } from "../common/fields"
import { formatFen } from "../money"
import { can, type Staff } from "../roles"
import { LedgerTable } from "./ledger-table"
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

/** A studio's money: balance, where it stands on its commission plan this month, and its ledger: month by month as statements, or the latest entries. */
export function EarningsPanel({ handle }: { handle: string }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { permissions } = usePermissions<Staff>()
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
      {/* The month's statement lists every entry with the balance after it; those who may not read statements see the latest entries. */}
      {can(permissions, "earnings", "statements") ? (
        <StatementSection handle={handle} />
      ) : (
        <>
          <Typography variant="h6" component="h2">
            {translate("resources.earnings.entries")}
          </Typography>
          {data.entries.length === 0 ? (
            <Typography color="text.secondary">{translate("resources.earnings.no_entries")}</Typography>
          ) : (
            <LedgerTable
              label="resources.earnings.entries"
              rows={data.entries.map((entry) => ({ key: entry.id, time: formatTime(entry.created_at, locale), kind: entry.kind, note: entry.note ?? entry.appointment_id ?? "", amount_fen: entry.amount_fen }))}
            />
          )}
        </>
      )}
    </Stack>
  )
}
