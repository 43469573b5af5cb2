import RateReviewIcon from "@mui/icons-material/RateReview"
import { Chip, Stack, useMediaQuery, type Theme } from "@mui/material"
import { Datagrid, FunctionField, List, SelectInput, SimpleList, TextField, TextInput, usePermissions, useLocaleState, useRecordContext, useTranslate } from "react-admin"
import type { Schemas } from "../api"
import { EmptyState, TimeField, formatTime } from "../common/fields"
import { isStudioRole, type Staff } from "../roles"
import { chosenStudio } from "../studio-choice"

export type Review = Schemas["StaffReview"]
const T = "resources.reviews"

/** ★★★★☆ with the number for screen readers. */
export function Stars({ rating }: { rating: number }) {
  const translate = useTranslate()
  return (
    <span role="img" aria-label={translate(`${T}.stars`, { count: rating })} style={{ color: "#b26a00", letterSpacing: 1, whiteSpace: "nowrap" }}>
      {"★".repeat(rating)}
      {"☆".repeat(5 - rating)}
    </span>
  )
}

const excerpt = (text: string | null, length = 60) => (text && text.length > length ? `${text.slice(0, length)}…` : text)

/** Replied or awaiting a reply, and hidden when support hid it. */
export function ReviewChips({ review }: { review?: Review }) {
  const translate = useTranslate()
  const record = useRecordContext<Review>()
  const r = review ?? record
  if (!r) return null
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap" }}>
      <Chip size="small" color={r.reply ? "success" : "warning"} variant={r.reply ? "filled" : "outlined"} label={translate(`${T}.chips.${r.reply ? "replied" : "unanswered"}`)} />
      {r.hidden ? <Chip size="small" color="error" label={translate(`${T}.chips.hidden`)} /> : null}
    </Stack>
  )
}

export function ReviewList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const { permissions } = usePermissions<Staff>()
  const studio = isStudioRole(permissions)
  // The platform and support look at the studio chosen in the app bar, or every studio's.
  const chosen = studio ? null : chosenStudio()
  const yesNo = [
    { id: "true", name: translate(`${T}.yes`) },
    { id: "false", name: translate(`${T}.no`) },
  ]
  const filters = [
    <SelectInput key="rating" source="rating" alwaysOn choices={[5, 4, 3, 2, 1].map((n) => ({ id: String(n), name: translate(`${T}.stars`, { count: n }) }))} />,
    <SelectInput key="replied" source="replied" alwaysOn choices={yesNo} />,
    <SelectInput key="hidden" source="hidden" alwaysOn choices={yesNo} />,
    ...(studio || chosen ? [] : [<TextInput key="merchant_handle" source="merchant_handle" alwaysOn />]),
  ]
  return (
    <List filters={filters} filter={chosen ? { merchant_handle: chosen } : {}} sort={{ field: "created_at", order: "DESC" }} perPage={25} empty={false} exporter={false}>
      {isSmall ? (
        <SimpleList<Review>
          primaryText={(r) => (
            <>
              <Stars rating={r.rating} /> {excerpt(r.text, 40) ?? translate(`${T}.no_text`)}
            </>
          )}
          secondaryText={(r) => `${r.beautician.display_name ?? "—"} · ${r.service.title ?? "—"} · ${formatTime(r.created_at, locale)}`}
          tertiaryText={(r) => <ReviewChips review={r} />}
          linkType="show"
          empty={<EmptyState icon={<RateReviewIcon />} title={`${T}.empty`} hint={`${T}.empty_hint`} />}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState icon={<RateReviewIcon />} title={`${T}.empty`} hint={`${T}.empty_hint`} />}>
          <FunctionField source="rating" sortable={false} render={(r: Review) => <Stars rating={r.rating} />} />
          <FunctionField source="text" sortable={false} render={(r: Review) => excerpt(r.text) ?? translate(`${T}.no_text`)} />
          <TextField source="beautician.display_name" sortable={false} emptyText="—" />
          <TextField source="service.title" sortable={false} emptyText="—" />
          <TimeField source="created_at" sortable={false} />
          <FunctionField source="state" sortable={false} render={(r: Review) => <ReviewChips review={r} />} />
          {studio ? null : <FunctionField source="merchant_name" sortable={false} render={(r: Review) => r.merchant_name ?? r.merchant_handle} />}
        </Datagrid>
      )}
    </List>
  )
}
