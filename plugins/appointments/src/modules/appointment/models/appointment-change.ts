import { model } from "@medusajs/framework/utils"

export const APPOINTMENT_CHANGES = ["cancelled", "rescheduled", "refunded"] as const
export type AppointmentChangeKind = (typeof APPOINTMENT_CHANGES)[number]

/**
 * A change someone made to an appointment, with why: a cancellation (fee and
 * refund), a move (from and to) or a refund after the visit (amount). The
 * status timeline (`appointment_event`) says what status it reached; this
 * says what else changed and the reason staff gave. `actor` as on the
 * timeline: "customer:<id>", "user:<id>" or "system".
 */
export const AppointmentChange = model.define("appointment_change", {
  id: model.id({ prefix: "apch" }).primaryKey(),
  appointment_id: model.text().index(),
  kind: model.enum([...APPOINTMENT_CHANGES]),
  actor: model.text(),
  reason: model.text().nullable(),
  details: model.json(),
})
