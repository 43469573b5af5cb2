import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { holdSlot } from "../../../lib/holds"
import { APPOINTMENT_MODULE } from "../../../modules/appointment"
import type AppointmentModuleService from "../../../modules/appointment/service"
import { handleDomainErrors } from "../../domain-error"
import { validated } from "../../validation"
import { serializeAppointment } from "./serialize"
import type { CreateHoldBody } from "./validators"

/** POST /store/appointments — hold a slot for the signed-in customer (201, `held`, with `expires_at`). */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const appointment = await holdSlot(req.scope, req.auth_context.actor_id, validated<CreateHoldBody>(req))
  const timezone = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).bookingSettings().timezone
  res.status(201).json({ appointment: serializeAppointment(appointment, timezone) })
})

/** GET /store/appointments — the signed-in customer's own appointments, soonest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const timezone = appointments.bookingSettings().timezone
  const own = await appointments.listAppointments({ customer_id: req.auth_context.actor_id }, { order: { starts_at: "ASC" } })
  res.json({ appointments: own.map((appointment) => serializeAppointment(appointment, timezone)) })
}
