import { Admin, CustomRoutes, Resource } from "react-admin"
import { Route } from "react-router-dom"
import { authProvider } from "./auth-provider"
import accessLog from "./access-log"
import appointments from "./appointments"
import applications from "./beautician-applications"
import { Dashboard } from "./dashboard"
import customers from "./customers"
import beauticians from "./beauticians"
import { AppointmentCalendar } from "./calendar"
import { dataProvider } from "./data-provider"
import { DispatchPage } from "./dispatch"
import { EarningsPage } from "./earnings"
import { i18nProvider } from "./i18n"
import { theme } from "./theme"
import { DoorstepLayout } from "./layout/layout"
import merchants from "./merchants"
import orders from "./orders"
import { ReportsPage } from "./reports"
import promotions, { readOnly as promotionsReadOnly } from "./promotions"
import reviews from "./reviews"
import { can, type Staff } from "./roles"
import services from "./services"
import { SettingsPage } from "./settings"
import studioServices, { readOnly as studioServicesReadOnly } from "./studio-services"
import tickets from "./tickets"
import withdrawals from "./withdrawals"

/**
 * The back office. What each role sees follows roles.ts: a resource is
 * declared only for roles that may read it, so no menu entry or URL leads to a
 * screen that would answer 403.
 */
export function App() {
  return (
    <Admin
      title="Doorstep"
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      layout={DoorstepLayout}
      theme={theme}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      {(permissions: Staff) => (
        <>
          {can(permissions, "appointments") ? <Resource name="appointments" {...appointments} /> : null}
          {can(permissions, "merchants") ? <Resource name="merchants" {...merchants} /> : null}
          {can(permissions, "withdrawals") ? <Resource name="withdrawals" {...withdrawals} /> : null}
          {can(permissions, "beautician-applications") ? <Resource name="beautician-applications" {...applications} /> : null}
          {can(permissions, "beauticians") ? <Resource name="beauticians" {...beauticians} /> : null}
          {can(permissions, "studio-services") ? <Resource name="studio-services" {...(can(permissions, "studio-services", "write") ? studioServices : studioServicesReadOnly)} /> : null}
          {can(permissions, "tickets") ? <Resource name="tickets" {...tickets} /> : null}
          {can(permissions, "services") ? <Resource name="services" {...services} /> : null}
          {can(permissions, "orders") ? <Resource name="orders" {...orders} /> : null}
          {can(permissions, "customers") ? <Resource name="customers" {...customers} /> : null}
          {can(permissions, "reviews") ? <Resource name="reviews" {...reviews} /> : null}
          {can(permissions, "access-log") ? <Resource name="access-log" {...accessLog} /> : null}
          {can(permissions, "promotions") ? <Resource name="promotions" {...(can(permissions, "promotions", "write") ? promotions : promotionsReadOnly)} /> : null}
          <CustomRoutes>
            {can(permissions, "dispatch") ? <Route path="/dispatch" element={<DispatchPage />} /> : null}
            {can(permissions, "calendar") ? <Route path="/appointments/calendar" element={<AppointmentCalendar />} /> : null}
            {can(permissions, "settings") ? <Route path="/settings" element={<SettingsPage />} /> : null}
            {can(permissions, "earnings") ? <Route path="/earnings" element={<EarningsPage />} /> : null}
            {can(permissions, "reports") ? <Route path="/reports" element={<ReportsPage />} /> : null}
          </CustomRoutes>
        </>
      )}
    </Admin>
  )
}
