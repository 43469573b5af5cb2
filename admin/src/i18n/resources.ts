import * as accessLog from "../access-log/messages"
import * as appointments from "../appointments/messages"
import * as applications from "../beautician-applications/messages"
import * as dispatch from "../dispatch/messages"
import * as dashboard from "../dashboard/messages"
import * as customers from "../customers/messages"
import * as beauticians from "../beauticians/messages"
import * as calendar from "../calendar/messages"
import * as earnings from "../earnings/messages"
import * as merchants from "../merchants/messages"
import * as reports from "../reports/messages"
import * as promotions from "../promotions/messages"
import * as reviews from "../reviews/messages"
import * as settings from "../settings/messages"
import * as studioServices from "../studio-services/messages"
import * as tickets from "../tickets/messages"
import * as withdrawals from "../withdrawals/messages"

/** Each resource keeps its own words beside its screens; here they are gathered by language. */
const all = {
  "access-log": accessLog,
  appointments,
  customers,
  "beautician-applications": applications,
  dispatch,
  dashboard,
  beauticians,
  calendar,
  earnings,
  merchants,
  reports,
  promotions,
  reviews,
  settings,
  "studio-services": studioServices,
  tickets,
  withdrawals,
}

export const resourcesIn = (language: "en" | "zh") => Object.fromEntries(Object.entries(all).map(([name, messages]) => [name, messages[language]]))
