import StorefrontIcon from "@mui/icons-material/Storefront"
import { useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, List, SelectInput, SimpleList, TextField, useLocaleState, useTranslate } from "react-admin"
import { EmptyState, StatusChip, TimeField, formatTime } from "../common/fields"
import { MERCHANT_STATUSES, STATUS_COLORS } from "./statuses"

function filters(translate: (key: string) => string) {
  return [
    <SelectInput
      key="status"
      source="status"
      label="resources.merchants.fields.status"
      alwaysOn
      choices={MERCHANT_STATUSES.map((status) => ({ id: status, name: translate(`resources.merchants.status.${status}`) }))}
    />,
  ]
}

/** The platform's studios; filtered to `pending_review` it is the verification queue (the route filters). */
export function MerchantList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  return (
    <List
      filters={filters(translate)}
      filterDefaultValues={{ status: "pending_review" }}
      sort={{ field: "submitted_at", order: "ASC" }}
      empty={false}
      perPage={25}
    >
      {isSmall ? (
        <SimpleList
          primaryText={(record) => record.name}
          secondaryText={(record) => translate(`resources.merchants.status.${record.status}`)}
          tertiaryText={(record) => formatTime(record.submitted_at ?? record.created_at, locale)}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState icon={<StorefrontIcon />} title="resources.merchants.empty" />}>
          <TextField source="name" />
          <TextField source="handle" />
          <TextField source="district" sortable={false} />
          <StatusChip resource="merchants" source="status" colors={STATUS_COLORS} />
          <TimeField source="submitted_at" />
          <TextField source="commission_plan" sortable={false} />
        </Datagrid>
      )}
    </List>
  )
}
