import PaymentsIcon from "@mui/icons-material/Payments"
import { Card, CardContent, Stack, Typography, useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, FunctionField, List, RecordContextProvider, SelectInput, useListContext, useLocaleState, useRecordContext, useTranslate } from "react-admin"
import type { Schemas } from "../api"
import { ActionDialog } from "../common/action-dialog"
import { EmptyState, FenField, StatusChip, TimeField, formatTime } from "../common/fields"
import { formatFen } from "../money"

/** A withdrawal as the platform's queue lists it: with the names of the asking beautician and their studio. */
type Withdrawal = Schemas["Withdrawal"] & { beautician_name?: string | null; merchant_name?: string | null }
export const WITHDRAWAL_STATUSES = ["requested", "approved", "paying", "paid", "rejected"] as const
const COLORS = { requested: "warning", approved: "info", paying: "info", paid: "success", rejected: "error" } as const

/** What finance may do with a withdrawal now: approve a request, pay an approved one, reject either. */
export function WithdrawalActions() {
  const record = useRecordContext<Withdrawal>()
  if (!record) return null
  const common = { resource: "withdrawals", action: "decide", id: record.id, done: "resources.withdrawals.done" }
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: "wrap" }} onClick={(e) => e.stopPropagation()}>
      {record.status === "requested" ? <ActionDialog {...common} label="resources.withdrawals.actions.approve" color="success" title="resources.withdrawals.actions.approve_title" body={{ decision: "approve" }} /> : null}
      {record.status === "approved" ? (
        <ActionDialog
          {...common}
          label="resources.withdrawals.actions.pay"
          color="success"
          variant="contained"
          title="resources.withdrawals.actions.pay_title"
          description="resources.withdrawals.actions.pay_hint"
          body={{ decision: "pay" }}
          fields={[{ name: "transfer_reference", label: "resources.withdrawals.fields.transfer_reference", required: true, minLength: 4 }]}
        />
      ) : null}
      {record.status === "requested" || record.status === "approved" ? (
        <ActionDialog {...common} label="resources.withdrawals.actions.reject" color="error" title="resources.withdrawals.actions.reject_title" body={{ decision: "reject" }} fields={[{ name: "reason", label: "doorstep.action.reason", required: true, multiline: true, minLength: 2 }]} />
      ) : null}
    </Stack>
  )
}

/** On a phone each withdrawal is a card with its actions at hand (a table would hide them). */
function PhoneCards() {
  const { data, isPending } = useListContext<Withdrawal>()
  const [locale] = useLocaleState()
  const translate = useTranslate()
  if (isPending) return null
  if (!data?.length) return <EmptyState icon={<PaymentsIcon />} title="resources.withdrawals.empty" />
  return (
    <Stack spacing={1} sx={{ p: 1 }}>
      {data.map((r) => (
        <RecordContextProvider key={r.id} value={r}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="p">
                {formatFen(r.amount_fen, locale)}
              </Typography>
              <Typography variant="body2">
                {r.beautician_name ?? "—"} · {r.merchant_name ?? r.merchant_handle} · {translate(`resources.withdrawals.status.${r.status}`)}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
                {formatTime(r.created_at, locale)}
              </Typography>
              <WithdrawalActions />
            </CardContent>
          </Card>
        </RecordContextProvider>
      ))}
    </Stack>
  )
}

export function WithdrawalList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const filters = [
    <SelectInput key="status" source="status" alwaysOn choices={WITHDRAWAL_STATUSES.map((s) => ({ id: s, name: translate(`resources.withdrawals.status.${s}`) }))} />,
  ]
  return (
    <List filters={filters} filterDefaultValues={{ status: "requested" }} sort={{ field: "created_at", order: "ASC" }} perPage={25} empty={false}>
      {isSmall ? (
        <PhoneCards />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<EmptyState icon={<PaymentsIcon />} title="resources.withdrawals.empty" />}>
          <TimeField source="created_at" />
          <FenField source="amount_fen" />
          <FunctionField source="merchant_name" render={(r: Withdrawal) => r.merchant_name ?? r.merchant_handle} sortable={false} />
          <FunctionField source="beautician_name" render={(r: Withdrawal) => r.beautician_name ?? r.beautician_id} sortable={false} />
          <StatusChip resource="withdrawals" source="status" colors={COLORS} />
          <FunctionField source="transfer_reference" render={(r: Withdrawal) => r.transfer_reference ?? r.reason ?? r.payout_error ?? "—"} sortable={false} />
          <FunctionField label="resources.withdrawals.fields.actions" render={() => <WithdrawalActions />} />
        </Datagrid>
      )}
    </List>
  )
}
