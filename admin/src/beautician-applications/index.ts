import BadgeIcon from "@mui/icons-material/Badge"
import { ApplicationList } from "./application-list"
import { ApplicationShow } from "./application-show"

/** A studio's beautician applications with their ID and certificate photos: the manager decides first, the platform second. */
export default { list: ApplicationList, show: ApplicationShow, icon: BadgeIcon, recordRepresentation: "display_name" }
