import PeopleIcon from "@mui/icons-material/People"
import { useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, FunctionField, List, NumberField, SearchInput, SelectInput, SimpleList, TextField, TextInput, useLocaleState, useTranslate } from "react-admin"
import type { Schemas } from "../api"
import { EmptyState, FenField, TimeField, formatTime } from "../common/fields"
import { NeedsStudio } from "../layout/studio-picker"
import { formatFen } from "../money"
import { SegmentsAndTags } from "./segments"

type Customer = Schemas["StudioCustomer"]
export const CUSTOMER_SEGMENTS = ["new", "regular", "lapsed_60"] as const

/** The studio's customers: searched, filtered by segment and tag, sorted and paged on the server. */
export function CustomerList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate("resources.customers.search")} />,
    <SelectInput key="segment" source="segment" alwaysOn choices={CUSTOMER_SEGMENTS.map((s) => ({ id: s, name: translate(`resources.customers.segments.${s}`) }))} />,
    <TextInput key="tag" source="tag" alwaysOn />,
  ]
  return (
    <NeedsStudio>
      <List filters={filters} exporter={false} sort={{ field: "last_visit_at", order: "DESC" }} perPage={25} empty={false}>
        {isSmall ? (
          <SimpleList<Customer>
            primaryText={(r) => r.name ?? "—"}
            secondaryText={(r) =>
              [r.phone, translate("resources.customers.visits_count", { smart_count: r.visits }), formatTime(r.last_visit_at, locale), ...r.segments.map((x) => translate(`resources.customers.segments.${x}`)), ...r.tags].filter(Boolean).join(" · ")
            }
            tertiaryText={(r) => formatFen(r.spend_fen, locale)}
            linkType="show"
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState icon={<PeopleIcon />} title="resources.customers.empty" hint="resources.customers.empty_hint" />}>
            <TextField source="name" sortable={false} emptyText="—" />
            <TextField source="phone" sortable={false} emptyText="—" />
            <NumberField source="visits" />
            <FenField source="spend_fen" />
            <TimeField source="last_visit_at" />
            <FunctionField source="segments" sortable={false} render={(r: Customer) => <SegmentsAndTags segments={r.segments} tags={r.tags} />} />
          </Datagrid>
        )}
      </List>
    </NeedsStudio>
  )
}
