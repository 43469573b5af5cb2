import * as appointments from "../appointments/messages"
import * as applications from "../beautician-applications/messages"
import * as beauticians from "../beauticians/messages"
import * as calendar from "../calendar/messages"
import * as earnings from "../earnings/messages"
import * as merchants from "../merchants/messages"
import * as reviews from "../reviews/messages"
import * as settings from "../settings/messages"
import * as studioServices from "../studio-services/messages"
import * as tickets from "../tickets/messages"
import * as withdrawals from "../withdrawals/messages"

/** Each resource keeps its own words beside its screens; here they are gathered by language. */
const all = {
  appointments,
  "beautician-applications": applications,
  beauticians,
  calendar,
  earnings,
  merchants,
  reviews,
  settings,
  "studio-services": studioServices,
  tickets,
  withdrawals,
}

export const resourcesIn = (language: "en" | "zh") => Object.fromEntries(Object.entries(all).map(([name, messages]) => [name, messages[language]]))
