import StorefrontIcon from "@mui/icons-material/Storefront"
import { MenuItem, TextField } from "@mui/material"
import type { ReactNode } from "react"
import { useGetList, usePermissions, useRefresh, useStore, useTranslate } from "react-admin"
import { EmptyState } from "../common/fields"
import { isStudioRole, type Staff } from "../roles"
import { chooseStudio, chosenStudio } from "../studio-choice"

/** The studio the screens are about: a studio role's own, or the one a platform admin picked in the app bar. */
export function useStudioHandle(): string | null {
  const { permissions } = usePermissions<Staff>()
  const [chosen] = useStore<string | null>("doorstep.studio", chosenStudio())
  if (permissions?.merchantHandle) return permissions.merchantHandle
  return isStudioRole(permissions) ? null : chosen
}

/** A studio's screen asks a platform admin to pick a studio first, instead of showing an empty list. */
export function NeedsStudio({ children }: { children: ReactNode }) {
  const handle = useStudioHandle()
  if (handle) return <>{children}</>
  return <EmptyState icon={<StorefrontIcon />} title="doorstep.studio.none" hint="doorstep.studio.none_hint" />
}

/** For platform admins: which studio's applications, services, settings and money to show. */
export function StudioPicker() {
  const { permissions } = usePermissions<Staff>()
  const translate = useTranslate()
  const refresh = useRefresh()
  const [chosen, setChosen] = useStore<string | null>("doorstep.studio", chosenStudio())
  const enabled = permissions?.role === "platform_admin"
  const { data } = useGetList("merchants", { pagination: { page: 1, perPage: 200 }, sort: { field: "name", order: "ASC" }, filter: {} }, { enabled })
  if (!enabled) return null
  return (
    <TextField
      select
      size="small"
      slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { "aria-label": translate("doorstep.studio.pick") } as object } }}
      value={chosen ?? ""}
      onChange={(event) => {
        const handle = event.target.value || null
        chooseStudio(handle)
        setChosen(handle)
        refresh()
      }}
      // Narrow on a phone: the app bar also holds the menu button, the language toggle, refresh and the user menu within 360 px.
      sx={{ flex: "0 0 auto", width: { xs: 104, sm: 220 }, mx: { xs: 0.5, sm: 1 }, "& .MuiInputBase-root": { bgcolor: "background.paper", fontSize: { xs: 14, sm: 16 } }, "& .MuiSelect-select": { py: 0.75 } }}
    >
      <MenuItem value="">{translate("doorstep.studio.all")}</MenuItem>
      {(data ?? []).map((m) => (
        <MenuItem key={m.id} value={String(m.id)}>
          {m.name}
        </MenuItem>
      ))}
    </TextField>
  )
}
