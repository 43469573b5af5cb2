import AccountBalanceWalletIcon from "@mui/icons-material/AccountBalanceWallet"
import AssignmentIndIcon from "@mui/icons-material/AssignmentInd"
import InsightsIcon from "@mui/icons-material/Insights"
import SettingsIcon from "@mui/icons-material/Settings"
import { Menu as RaMenu, usePermissions } from "react-admin"
import { can, type Screen, type Staff } from "../roles"

/** The screens in the order each role works them; only those the role may open. */
const RESOURCES: Screen[] = ["appointments", "merchants", "withdrawals", "beautician-applications", "beauticians", "studio-services", "tickets", "services", "orders", "customers", "reviews", "promotions", "access-log"]

export function Menu() {
  const { permissions } = usePermissions<Staff>()
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="resources.dashboard.name" />
      {can(permissions, "dispatch") ? <RaMenu.Item to="/dispatch" primaryText="resources.dispatch.name" leftIcon={<AssignmentIndIcon />} /> : null}
      {RESOURCES.filter((screen) => can(permissions, screen)).map((screen) => (
        <RaMenu.ResourceItem key={screen} name={screen} />
      ))}
      {can(permissions, "settings") ? <RaMenu.Item to="/settings" primaryText="resources.settings.name" leftIcon={<SettingsIcon />} /> : null}
      {can(permissions, "earnings") ? <RaMenu.Item to="/earnings" primaryText="resources.earnings.name" leftIcon={<AccountBalanceWalletIcon />} /> : null}
      {can(permissions, "reports") ? <RaMenu.Item to="/reports" primaryText="resources.reports.name" leftIcon={<InsightsIcon />} /> : null}
    </RaMenu>
  )
}
