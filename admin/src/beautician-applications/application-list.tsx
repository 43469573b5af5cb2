import BadgeIcon from "@mui/icons-material/Badge"
import { useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, FunctionField, List, SearchInput, SelectInput, SimpleList, TextField, useLocaleState, useTranslate } from "react-admin"
import { EmptyState, StatusChip, TimeField, formatTime } from "../common/fields"
import { NeedsStudio } from "../layout/studio-picker"
import { APPLICATION_STATUSES, STATUS_COLORS, type Application } from "./types"

export function ApplicationList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" alwaysOn choices={APPLICATION_STATUSES.map((s) => ({ id: s, name: translate(`resources.beautician-applications.status.${s}`) }))} />,
  ]
  return (
    <NeedsStudio>
      <List filters={filters} sort={{ field: "created_at", order: "DESC" }} perPage={25} empty={false}>
        {isSmall ? (
          <SimpleList<Application>
            primaryText={(r) => r.display_name}
            secondaryText={(r) => translate(`resources.beautician-applications.status.${r.status}`)}
            tertiaryText={(r) => formatTime(r.created_at, locale)}
            linkType="show"
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState icon={<BadgeIcon />} title="resources.beautician-applications.empty" hint="resources.beautician-applications.empty_hint" />}>
            <TextField source="display_name" />
            <StatusChip resource="beautician-applications" source="status" colors={STATUS_COLORS} />
            <FunctionField source="certificates" sortable={false} render={(r: Application) => r.certificates.map((c) => c.name).join("、")} />
            <FunctionField source="documents" sortable={false} render={(r: Application) => r.documents?.length ?? 0} />
            <TimeField source="created_at" />
          </Datagrid>
        )}
      </List>
    </NeedsStudio>
  )
}
