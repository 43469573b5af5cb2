import { MedusaService } from "@medusajs/framework/utils"
import { Appointment } from "./models/appointment"
import { Beautician } from "./models/beautician"
import { TimeOff } from "./models/time-off"
import { WorkingHours } from "./models/working-hours"

/** Loads and stores schedules and appointments; the rules live in @doorstep/booking-core. */
export default class AppointmentModuleService extends MedusaService({
  Beautician,
  WorkingHours,
  TimeOff,
  Appointment,
}) {}
