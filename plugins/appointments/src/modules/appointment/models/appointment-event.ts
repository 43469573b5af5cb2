import { model } from "@medusajs/framework/utils"

/**
 * One status change of an appointment, written by a database trigger on every
 * change (see Migration20261125140000): the timeline customers see and the
 * record of who did what, when. `actor` is "system", "customer:<id>",
 * "beautician:<id>" or "user:<id>".
 */
export const AppointmentEvent = model.define("appointment_event", {
  id: model.id({ prefix: "apev" }).primaryKey(),
  appointment_id: model.text(),
  from_status: model.text().nullable(),
  status: model.text(),
  actor: model.text(),
  at: model.dateTime(),
})
