import SpaIcon from "@mui/icons-material/Spa"
import { StudioServiceCreate, StudioServiceEdit } from "./service-form"
import { StudioServiceList } from "./service-list"
import { StudioServiceShow } from "./service-show"

/** The studio's own services and their prices: every staff member reads them, the manager changes them. */
export default { list: StudioServiceList, show: StudioServiceShow, edit: StudioServiceEdit, create: StudioServiceCreate, icon: SpaIcon }
export const readOnly = { list: StudioServiceList, show: StudioServiceShow, icon: SpaIcon }
