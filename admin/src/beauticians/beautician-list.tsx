import FaceRetouchingNaturalIcon from "@mui/icons-material/FaceRetouchingNatural"
import { useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, FunctionField, List, SelectInput, SimpleList, TextField, useTranslate } from "react-admin"
import { EmptyState, StatusChip } from "../common/fields"
import { NeedsStudio } from "../layout/studio-picker"
import { CertificationSummary, RatingField, SkillChips, TodayLoad } from "./beautician-fields"
import { BEAUTICIAN_STATUSES, STATUS_COLORS, percent, type Beautician } from "./types"

const T = "resources.beauticians"

/** A studio's beauticians by name: standing, what they do, today's load and how they have done (last 30 days). */
export function BeauticianList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const translate = useTranslate()
  const filters = [<SelectInput key="status" source="status" alwaysOn choices={BEAUTICIAN_STATUSES.map((s) => ({ id: s, name: translate(`${T}.status.${s}`) }))} />]
  return (
    <NeedsStudio>
      <List filters={filters} sort={{ field: "display_name", order: "ASC" }} perPage={25} empty={false}>
        {isSmall ? (
          <SimpleList<Beautician>
            primaryText={(r) => `${r.display_name} · ${translate(`${T}.status.${r.status}`)}`}
            secondaryText={(r) =>
              r.today.working_minutes === 0 && r.today.jobs === 0
                ? translate(`${T}.list.day_off`)
                : translate(`${T}.list.today`, { jobs: r.today.jobs, booked: `${Math.round(r.today.booked_minutes / 6) / 10}h`, working: `${Math.round(r.today.working_minutes / 6) / 10}h` })
            }
            tertiaryText={(r) => (r.performance.rating === null ? "" : `★ ${r.performance.rating.toFixed(1)}`)}
            linkType="show"
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState icon={<FaceRetouchingNaturalIcon />} title={`${T}.empty`} hint={`${T}.empty_hint`} />}>
            <FunctionField source="display_name" sortable={false} render={(r: Beautician) => <strong>{r.display_name}</strong>} />
            <StatusChip resource="beauticians" source="status" colors={STATUS_COLORS} sortable={false} />
            <SkillChips source="skills" sortable={false} />
            <CertificationSummary source="certifications" sortable={false} />
            <TodayLoad source="today" sortable={false} />
            <RatingField source="rating" sortable={false} />
            <FunctionField source="acceptance_rate" sortable={false} render={(r: Beautician) => percent(r.performance.acceptance_rate)} />
            <FunctionField source="cancellation_rate" sortable={false} render={(r: Beautician) => percent(r.performance.cancellation_rate)} />
            <TextField source="performance.jobs_completed" label={`${T}.fields.jobs_completed`} sortable={false} />
          </Datagrid>
        )}
      </List>
    </NeedsStudio>
  )
}
