import { ArrayField, Datagrid, DateField, Labeled, NumberField, Show, SimpleShowLayout, TextField } from "react-admin"
import { OrderTotalField } from "./order-fields"

export function OrderShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="display_id" />
        <TextField source="email" />
        <Labeled label="resources.orders.fields.total">
          <OrderTotalField />
        </Labeled>
        <TextField source="status" />
        <TextField source="payment_status" />
        <DateField source="created_at" showTime />
        <ArrayField source="items">
          <Datagrid bulkActionButtons={false}>
            <TextField source="title" />
            <TextField source="variant_title" />
            <NumberField source="quantity" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  )
}
