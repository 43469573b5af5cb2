import { useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, DateField, List, SimpleList, TextField, useLocaleState } from "react-admin"
import { formatCny } from "../money"
import { OrdersEmpty, OrderTotalField } from "./order-fields"

export function OrderList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  return (
    <List sort={{ field: "created_at", order: "DESC" }} empty={<OrdersEmpty />}>
      {isSmall ? (
        <SimpleList
          primaryText={(record) => `#${record.display_id} · ${record.email ?? ""}`}
          secondaryText={(record) => formatCny(record.total, locale)}
          tertiaryText={(record) => new Date(record.created_at).toLocaleString(locale)}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="display_id" />
          <TextField source="email" />
          <OrderTotalField label="resources.orders.fields.total" />
          <TextField source="status" />
          <TextField source="payment_status" />
          <DateField source="created_at" showTime locales={locale} />
        </Datagrid>
      )}
    </List>
  )
}
