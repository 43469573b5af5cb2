import SpaIcon from "@mui/icons-material/Spa"
import type { StudioService } from "./types"
import { StudioServiceCreate, StudioServiceEdit } from "./service-form"
import { StudioServiceList } from "./service-list"
import { StudioServiceShow } from "./service-show"

/** The studio's own services and their prices: every staff member reads them, the manager changes them. */
const recordRepresentation = (record: StudioService) => record.title["zh-CN"]
export default { list: StudioServiceList, show: StudioServiceShow, edit: StudioServiceEdit, create: StudioServiceCreate, icon: SpaIcon, recordRepresentation }
export const readOnly = { list: StudioServiceList, show: StudioServiceShow, icon: SpaIcon, recordRepresentation }
