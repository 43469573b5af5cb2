import PolicyIcon from "@mui/icons-material/Policy"
import { Alert, Button, useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, FunctionField, List, SimpleList, TextInput, useListContext, useLocaleState, useRecordContext, useTranslate } from "react-admin"
import type { Schemas } from "../api"
import { EmptyState, TimeField, formatTime } from "../common/fields"

type Read = Schemas["PersonalDataRead"]

/** An id that narrows the list to itself when clicked: who read, or what was read. */
function FilterLink({ source }: { source: "actor_id" | "subject_id" }) {
  const record = useRecordContext<Read>()
  const { filterValues, setFilters } = useListContext()
  const translate = useTranslate()
  const value = record?.[source]
  if (!value) return <span>—</span>
  return (
    <Button
      size="small"
      title={translate("resources.access-log.filter_by", { value })}
      onClick={(e) => {
        e.stopPropagation()
        setFilters({ ...filterValues, [source]: value }, {})
      }}
      sx={{ textTransform: "none", fontFamily: "monospace", minWidth: 0, p: 0.5, wordBreak: "break-all", textAlign: "left" }}
    >
      {value}
    </Button>
  )
}

const roleOf = (translate: ReturnType<typeof useTranslate>, r: Read) => (r.role ? translate(`resources.access-log.roles.${r.role}`, { _: r.role }) : "—")

/** Who in the back office read whose personal data (C11): newest first, filtered on the server by staff user or record. */
export function AccessLogList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const filters = [<TextInput key="actor_id" source="actor_id" alwaysOn />, <TextInput key="subject_id" source="subject_id" alwaysOn />]
  return (
    <List filters={filters} exporter={false} sort={{ field: "created_at", order: "DESC" }} perPage={50} empty={false} title={translate("resources.access-log.name")}>
      <Alert severity="info" sx={{ m: 1 }}>
        {translate("resources.access-log.limit")}
      </Alert>
      {isSmall ? (
        <SimpleList<Read>
          primaryText={(r) => `${r.method} ${r.route}`}
          secondaryText={(r) => [roleOf(translate, r), r.merchant_handle, r.actor_id].filter(Boolean).join(" · ")}
          tertiaryText={(r) => formatTime(r.created_at, locale)}
          linkType={false}
          // Routes and ids are long words without spaces: they wrap anywhere rather than widen a phone's page.
          sx={{ "& .MuiListItemText-root": { minWidth: 0, overflowWrap: "anywhere" } }}
        />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<EmptyState icon={<PolicyIcon />} title="resources.access-log.empty" hint="resources.access-log.empty_hint" />}>
          <TimeField source="created_at" />
          <FunctionField source="actor_id" sortable={false} render={() => <FilterLink source="actor_id" />} />
          <FunctionField source="role" render={(r: Read) => roleOf(translate, r)} />
          <FunctionField source="merchant_handle" render={(r: Read) => r.merchant_handle ?? "—"} />
          <FunctionField source="route" render={(r: Read) => `${r.method} ${r.route}`} />
          <FunctionField source="subject_id" sortable={false} render={() => <FilterLink source="subject_id" />} />
          <FunctionField source="status" render={(r: Read) => r.status} />
        </Datagrid>
      )}
    </List>
  )
}
