import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, EditButton, usePermissions, useLocaleState, useTranslate } from "react-admin"
import { StatusChip } from "../common/fields"
import { can, type Staff } from "../roles"
import { DurationPrices, ServiceTitle } from "./service-fields"
import { titleIn, type StudioService } from "./types"

function Actions() {
  const { permissions } = usePermissions<Staff>()
  return <TopToolbar>{can(permissions, "studio-services", "write") ? <EditButton /> : null}</TopToolbar>
}

export function StudioServiceShow() {
  const [locale] = useLocaleState()
  const translate = useTranslate()
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <Labeled label="resources.studio-services.fields.title">
          <ServiceTitle />
        </Labeled>
        <FunctionField source="subtitle" render={(r: StudioService) => titleIn(r.subtitle, locale) || "—"} />
        <FunctionField source="category" render={(r: StudioService) => (r.category ? translate(`resources.studio-services.categories.${r.category}`, { _: r.category }) : "—")} />
        <StatusChip resource="studio-services" source="status" colors={{ published: "success" }} />
        <Labeled label="resources.studio-services.fields.variants">
          <DurationPrices />
        </Labeled>
        <TextField source="handle" />
      </SimpleShowLayout>
    </Show>
  )
}
