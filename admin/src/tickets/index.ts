import SupportAgentIcon from "@mui/icons-material/SupportAgent"
import { TicketList } from "./ticket-list"
import { TicketShow } from "./ticket-show"

/** Customers' tickets: support's inbox across the platform, or a studio's own. */
export default { list: TicketList, show: TicketShow, icon: SupportAgentIcon, recordRepresentation: "subject" }
