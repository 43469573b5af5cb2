import CalendarMonthIcon from "@mui/icons-material/CalendarMonth"
import ViewListIcon from "@mui/icons-material/ViewList"
import { ToggleButton, ToggleButtonGroup } from "@mui/material"
import { usePermissions, useTranslate } from "react-admin"
import { useNavigate } from "react-router-dom"
import { can, type Staff } from "../roles"

/** The appointments as a list or on the calendar; shown only to those who may open the calendar. */
export function ViewSwitch({ value }: { value: "list" | "calendar" }) {
  const translate = useTranslate()
  const navigate = useNavigate()
  const { permissions } = usePermissions<Staff>()
  if (!can(permissions, "calendar")) return null
  return (
    <ToggleButtonGroup size="small" exclusive value={value} onChange={(_, next: string | null) => next && next !== value && navigate(next === "calendar" ? "/appointments/calendar" : "/appointments")}>
      <ToggleButton value="list" sx={{ minHeight: 44, px: 2, gap: 0.5, color: "text.primary" }}>
        <ViewListIcon fontSize="small" />
        {translate("resources.calendar.views.list")}
      </ToggleButton>
      <ToggleButton value="calendar" sx={{ minHeight: 44, px: 2, gap: 0.5, color: "text.primary" }}>
        <CalendarMonthIcon fontSize="small" />
        {translate("resources.calendar.views.calendar")}
      </ToggleButton>
    </ToggleButtonGroup>
  )
}
