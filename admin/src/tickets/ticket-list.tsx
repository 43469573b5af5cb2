import SupportAgentIcon from "@mui/icons-material/SupportAgent"
import { useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, FunctionField, List, SelectInput, SimpleList, TextField, TextInput, usePermissions, useLocaleState, useTranslate } from "react-admin"
import type { Schemas } from "../api"
import { EmptyState, StatusChip, TimeField, formatTime } from "../common/fields"
import { NeedsStudio } from "../layout/studio-picker"
import { isStudioRole, type Staff } from "../roles"

type Ticket = Schemas["Ticket"]
export const TICKET_STATUSES = ["open", "awaiting_customer", "resolved", "closed"] as const
export const STATUS_COLORS = { open: "warning", awaiting_customer: "info", resolved: "success", closed: "default" } as const

export function TicketList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const { permissions } = usePermissions<Staff>()
  const studio = isStudioRole(permissions)
  const filters = [
    <SelectInput key="status" source="status" alwaysOn choices={TICKET_STATUSES.map((s) => ({ id: s, name: translate(`resources.tickets.status.${s}`) }))} />,
    <SelectInput key="kind" source="kind" alwaysOn choices={["feedback", "complaint"].map((k) => ({ id: k, name: translate(`resources.tickets.kinds.${k}`) }))} />,
    ...(studio ? [] : [<TextInput key="merchant_handle" source="merchant_handle" />]),
  ]
  const list = (
    <List filters={filters} filterDefaultValues={{ status: "open" }} sort={{ field: "last_message_at", order: "DESC" }} perPage={25} empty={false}>
      {isSmall ? (
        <SimpleList<Ticket>
          primaryText={(r) => r.subject}
          secondaryText={(r) => `${translate(`resources.tickets.kinds.${r.kind}`)} · ${translate(`resources.tickets.status.${r.status}`)}`}
          tertiaryText={(r) => formatTime(r.last_message_at, locale)}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState icon={<SupportAgentIcon />} title="resources.tickets.empty" />}>
          <TextField source="subject" />
          <FunctionField source="kind" render={(r: Ticket) => translate(`resources.tickets.kinds.${r.kind}`)} />
          <StatusChip resource="tickets" source="status" colors={STATUS_COLORS} />
          {studio ? null : <TextField source="merchant_handle" emptyText="—" />}
          <TimeField source="last_message_at" />
        </Datagrid>
      )}
    </List>
  )
  // Support works the platform's queue; a platform admin sees it too. Studio staff see their studio's.
  return studio ? <NeedsStudio>{list}</NeedsStudio> : list
}
