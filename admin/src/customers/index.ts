import PeopleIcon from "@mui/icons-material/People"
import { CustomerList } from "./customer-list"
import { CustomerShow } from "./customer-show"

/** A studio's customers (M6): who booked with it, their visits and spend, and the studio's own tags and notes. */
export default { list: CustomerList, show: CustomerShow, icon: PeopleIcon, recordRepresentation: "name" }
