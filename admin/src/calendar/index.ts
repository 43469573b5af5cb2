export { AppointmentCalendar } from "./appointment-calendar"
export { ViewSwitch } from "./view-switch"
