import { Labeled, Show, SimpleShowLayout, TextField } from "react-admin"
import { CategoryField, ServiceStatusField, ServiceTitleField, VariantChips } from "./service-fields"

export function ServiceShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <Labeled label="resources.services.fields.title">
          <ServiceTitleField />
        </Labeled>
        <TextField source="handle" />
        <Labeled label="resources.services.fields.category">
          <CategoryField />
        </Labeled>
        <Labeled label="resources.services.fields.variants">
          <VariantChips />
        </Labeled>
        <Labeled label="resources.services.fields.status">
          <ServiceStatusField />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  )
}
