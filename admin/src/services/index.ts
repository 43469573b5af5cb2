import SpaIcon from "@mui/icons-material/Spa"
import { ServiceList } from "./service-list"
import { ServiceShow } from "./service-show"

export default { list: ServiceList, show: ServiceShow, icon: SpaIcon }
