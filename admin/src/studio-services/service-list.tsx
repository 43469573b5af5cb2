import SpaIcon from "@mui/icons-material/Spa"
import { useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, FunctionField, List, SearchInput, SelectInput, SimpleList, useLocaleState, useTranslate } from "react-admin"
import { EmptyState, StatusChip } from "../common/fields"
import { NeedsStudio } from "../layout/studio-picker"
import { DurationPrices, ServiceTitle, durationPricesText } from "./service-fields"
import { CATEGORIES, titleIn, type StudioService } from "./types"

export function StudioServiceList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" alwaysOn choices={["published", "draft"].map((s) => ({ id: s, name: translate(`resources.studio-services.status.${s}`) }))} />,
    <SelectInput key="category" source="category" choices={CATEGORIES.map((c) => ({ id: c, name: translate(`resources.studio-services.categories.${c}`) }))} />,
  ]
  return (
    <NeedsStudio>
      <List filters={filters} sort={{ field: "title.zh-CN", order: "ASC" }} perPage={25} empty={false}>
        {isSmall ? (
          <SimpleList<StudioService>
            primaryText={(r) => titleIn(r.title, locale)}
            secondaryText={(r) => durationPricesText(r, locale, translate)}
            tertiaryText={(r) => translate(`resources.studio-services.status.${r.status}`, { _: r.status })}
            linkType="show"
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState icon={<SpaIcon />} title="resources.studio-services.empty" hint="resources.studio-services.empty_hint" />}>
            <ServiceTitle source="title.zh-CN" label="resources.studio-services.fields.title" />
            <FunctionField source="category" render={(r: StudioService) => (r.category ? translate(`resources.studio-services.categories.${r.category}`, { _: r.category }) : "—")} />
            <DurationPrices label="resources.studio-services.fields.variants" sortable={false} />
            <StatusChip resource="studio-services" source="status" colors={{ published: "success" }} />
          </Datagrid>
        )}
      </List>
    </NeedsStudio>
  )
}
