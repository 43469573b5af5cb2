import EventNoteIcon from "@mui/icons-material/EventNote"
import { AppointmentList } from "./appointment-list"
import { AppointmentShow } from "./appointment-show"

/** Appointments: a studio's (or, for the platform and support, every studio's), each with what staff may do with it. */
export default { list: AppointmentList, show: AppointmentShow, icon: EventNoteIcon, recordRepresentation: "service" }
