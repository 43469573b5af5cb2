import EventNoteIcon from "@mui/icons-material/EventNote"
import { useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, DateInput, ExportButton, FilterButton, FunctionField, List, SelectInput, SimpleList, TextField, TextInput, TopToolbar, usePermissions, useLocaleState, useTranslate } from "react-admin"
import type { Schemas } from "../api"
import { ViewSwitch } from "../calendar/view-switch"
import { EmptyState, FenField, StatusChip, TimeField, formatTime } from "../common/fields"
import { formatFen } from "../money"
import { isStudioRole, type Staff } from "../roles"
import { chosenStudio } from "../studio-choice"

type Row = Schemas["StaffAppointmentRow"]

export const APPOINTMENT_STATUSES = ["held", "confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "cancelled", "expired", "no_show"] as const
export const STATUS_COLORS = { confirmed: "warning", assigned: "info", en_route: "info", arrived: "primary", in_service: "primary", completed: "success", cancelled: "default", expired: "default", no_show: "error" } as const

export function AppointmentList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const { permissions } = usePermissions<Staff>()
  const studio = isStudioRole(permissions)
  // The platform looks at the studio chosen in the app bar, or every studio's.
  const chosen = studio ? null : chosenStudio()
  const filters = [
    <SelectInput key="status" source="status" alwaysOn choices={APPOINTMENT_STATUSES.map((s) => ({ id: s, name: translate(`resources.appointments.status.${s}`) }))} />,
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" alwaysOn />,
    ...(studio || chosen ? [] : [<TextInput key="merchant_handle" source="merchant_handle" />]),
  ]
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar sx={{ alignItems: "center" }}>
          <ViewSwitch value="list" />
          <FilterButton />
          <ExportButton />
        </TopToolbar>
      }
      filter={chosen ? { merchant_handle: chosen } : {}} sort={{ field: "starts_at", order: "DESC" }} perPage={25} empty={false}>
      {isSmall ? (
        <SimpleList<Row>
          primaryText={(r) => `${formatTime(r.start, locale)} · ${r.service ?? ""}`}
          secondaryText={(r) => `${r.customer.name ?? "—"} · ${r.beautician.display_name ?? "—"} · ${translate(`resources.appointments.status.${r.status}`)}`}
          tertiaryText={(r) => formatFen(r.paid_fen, locale)}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState icon={<EventNoteIcon />} title="resources.appointments.empty" hint="resources.appointments.empty_hint" />}>
          <TimeField source="start" sortBy="starts_at" />
          <TextField source="service" sortable={false} emptyText="—" />
          <TextField source="beautician.display_name" sortable={false} emptyText="—" />
          <FunctionField source="customer.name" sortable={false} render={(r: Row) => `${r.customer.name ?? "—"}${r.customer.phone_last4 ? ` · ${r.customer.phone_last4}` : ""}`} />
          <TextField source="district" sortable={false} emptyText="—" />
          <StatusChip resource="appointments" source="status" colors={STATUS_COLORS} sortable={false} />
          <FenField source="paid_fen" sortable={false} />
          {studio ? null : <TextField source="beautician.merchant_handle" label="resources.appointments.fields.merchant_handle" sortable={false} emptyText="—" />}
        </Datagrid>
      )}
    </List>
  )
}
