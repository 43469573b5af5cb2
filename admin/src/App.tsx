import { Admin, Resource } from "react-admin"
import { authProvider } from "./auth-provider"
import { dataProvider } from "./data-provider"
import { i18nProvider } from "./i18n"
import orders from "./orders"
import services from "./services"

export function App() {
  return (
    <Admin
      title="Doorstep"
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      requireAuth
      disableTelemetry
    >
      <Resource name="services" {...services} />
      <Resource name="orders" {...orders} />
    </Admin>
  )
}
