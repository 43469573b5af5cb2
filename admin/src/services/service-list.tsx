import { useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, DateField, List, SearchInput, SimpleList, useLocaleState, useTranslate } from "react-admin"
import { formatCny } from "../money"
import { CategoryField, ServiceStatusField, ServiceTitleField, VariantChips } from "./service-fields"
import { byDuration, categoryName, cnyPrice, durationMinutes, serviceTitle, type ServiceRecord } from "./types"

const filters = [<SearchInput key="q" source="q" alwaysOn />]

export function ServiceList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  return (
    <List filters={filters} sort={{ field: "title", order: "ASC" }} perPage={25}>
      {isSmall ? (
        <SimpleList<ServiceRecord>
          primaryText={(record) => serviceTitle(record, locale)}
          secondaryText={(record) =>
            byDuration(record.variants)
              .map((v) => `${translate("resources.services.minutes", { count: durationMinutes(v) ?? "?" })} ${formatCny(cnyPrice(v), locale)}`)
              .join(" · ")
          }
          tertiaryText={(record) => categoryName(record, locale)}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <ServiceTitleField source="title" label="resources.services.fields.title" />
          <CategoryField label="resources.services.fields.category" sortable={false} />
          <VariantChips label="resources.services.fields.variants" sortable={false} />
          <ServiceStatusField label="resources.services.fields.status" sortable={false} />
          <DateField source="updated_at" showTime locales={locale} />
        </Datagrid>
      )}
    </List>
  )
}
