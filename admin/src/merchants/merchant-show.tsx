import CheckIcon from "@mui/icons-material/Check"
import { Box, Card, CardContent, Link, Stack, Typography } from "@mui/material"
import {
  ArrayField, Datagrid, FunctionField, Labeled, Show, TabbedShowLayout, TabbedShowLayoutTabs, TextField, TopToolbar, usePermissions, useRecordContext, useTranslate,
} from "react-admin"
import type { Schemas } from "../api"
import { ActionDialog } from "../common/action-dialog"
import { StatusChip, TimeField } from "../common/fields"
import { EarningsPanel } from "../earnings/earnings-panel"
import { can, type Staff } from "../roles"
import { CommissionDialog } from "./commission-dialog"
import { STATUS_COLORS } from "./statuses"

type Merchant = Schemas["Merchant"] & { reviews?: Array<{ from_status: string; to_status: string; actor: string; reason: string | null; at: string }> }

const reason = [{ name: "reason", label: "doorstep.action.reason", required: true, multiline: true, minLength: 2 }]

/** The platform's decisions a studio's status allows (the route refuses the others with INVALID_TRANSITION). */
function ReviewActions() {
  const record = useRecordContext<Merchant>()
  const { permissions } = usePermissions<Staff>()
  if (!record || !can(permissions, "merchants", "review")) return null
  const id = record.handle
  const common = { resource: "merchants", action: "review", id, done: "resources.merchants.done" }
  return (
    <TopToolbar sx={{ flexWrap: "wrap", gap: 1 }}>
      {record.status === "pending_review" ? (
        <>
          <ActionDialog {...common} label="resources.merchants.actions.approve" color="success" variant="contained" icon={<CheckIcon />} title="resources.merchants.actions.approve_title" description="resources.merchants.actions.approve_hint" body={{ decision: "approve" }} />
          <ActionDialog {...common} label="resources.merchants.actions.reject" color="error" title="resources.merchants.actions.reject_title" body={{ decision: "reject" }} fields={reason} />
        </>
      ) : null}
      {record.status === "approved" ? <ActionDialog {...common} label="resources.merchants.actions.suspend" color="error" title="resources.merchants.actions.suspend_title" description="resources.merchants.actions.suspend_hint" body={{ decision: "suspend" }} fields={reason} /> : null}
      {record.status === "suspended" ? <ActionDialog {...common} label="resources.merchants.actions.reinstate" color="success" title="resources.merchants.actions.reinstate_title" body={{ decision: "reinstate" }} fields={[{ ...reason[0], required: false }]} /> : null}
      {can(permissions, "merchants", "commission") ? <CommissionDialog merchant={record} /> : null}
    </TopToolbar>
  )
}

/** The business licence as handed in: legal name, credit code and the licence's photo, large enough to read. */
function Licence() {
  const record = useRecordContext<Merchant>()
  const translate = useTranslate()
  if (!record) return null
  if (!record.licence_image_url) return <Typography color="text.secondary">{translate("resources.merchants.no_licence")}</Typography>
  return (
    <Stack spacing={1}>
      <Link href={record.licence_image_url} target="_blank" rel="noreferrer">
        <Box component="img" src={record.licence_image_url} alt={translate("resources.merchants.fields.licence_image_url")} sx={{ maxWidth: "100%", maxHeight: 480, border: 1, borderColor: "divider", borderRadius: 1 }} />
      </Link>
      <Typography variant="caption">{translate("resources.merchants.licence_open")}</Typography>
    </Stack>
  )
}

function CommissionSummary() {
  const record = useRecordContext<Merchant>()
  const translate = useTranslate()
  if (!record) return null
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle2">{translate("resources.merchants.fields.commission_plan")}: {record.commission_plan}</Typography>
        {record.commission_tiers?.length ? (
          record.commission_tiers.map((tier) => (
            <Typography key={tier.from_fen} variant="body2">
              {translate("resources.merchants.tier_line", { from: (tier.from_fen / 100).toLocaleString(), rate: tier.rate_bp / 100 })}
            </Typography>
          ))
        ) : (
          <Typography variant="body2">{translate("resources.merchants.flat_line", { rate: record.commission_percent })}</Typography>
        )}
        <Typography variant="body2">{translate("resources.merchants.beautician_line", { rate: record.beautician_percent })}</Typography>
      </CardContent>
    </Card>
  )
}

export function MerchantShow() {
  return (
    <Show actions={<ReviewActions />}>
      {/* A tab's own 90 px minimum would make four tabs wider than a 360 px phone: they take their words' width. */}
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" sx={{ "& .MuiTab-root": { minWidth: 0 } }} />}>
        <TabbedShowLayout.Tab label="resources.merchants.tabs.review">
          <TextField source="name" />
          <StatusChip resource="merchants" source="status" colors={STATUS_COLORS} />
          <TextField source="status_reason" emptyText="—" />
          <TextField source="legal_name" emptyText="—" />
          <TextField source="credit_code" emptyText="—" />
          <Labeled label="resources.merchants.fields.licence_image_url">
            <Licence />
          </Labeled>
          <TimeField source="submitted_at" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.merchants.tabs.profile">
          <TextField source="handle" />
          <TextField source="contact_phone" />
          <TextField source="district" emptyText="—" />
          <TextField source="address" emptyText="—" />
          <FunctionField source="service_districts" render={(r: Merchant) => r.service_districts?.join("、") || "—"} />
          <Labeled label="resources.merchants.fields.commission_plan">
            <CommissionSummary />
          </Labeled>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.merchants.tabs.history">
          <ArrayField source="reviews" label={false}>
            <Datagrid bulkActionButtons={false} empty={<Typography sx={{ p: 2 }}>—</Typography>}>
              <TimeField source="at" />
              <FunctionField label="resources.merchants.fields.change" render={(r: { from_status: string; to_status: string }) => `${r.from_status} → ${r.to_status}`} />
              <TextField source="actor" />
              <TextField source="reason" emptyText="—" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.merchants.tabs.money">
          <MerchantEarnings />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  )
}

function MerchantEarnings() {
  const record = useRecordContext<Merchant>()
  return record ? <EarningsPanel handle={record.handle} /> : null
}
