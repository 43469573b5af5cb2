import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { listTickets, refused, support, ticketSummary } from "../../../lib/tickets"
import type { OpenTicketBody } from "./validators"

/** GET /store/tickets — the signed-in customer's tickets, the latest activity first. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tickets: await listTickets(req, { customer_id: req.auth_context.actor_id }) })
})

/**
 * POST /store/tickets `{ kind, subject, body, photos?, appointment_id? }` —
 * feedback or a complaint, optionally about one of the customer's own
 * appointments (anyone else's is 404); the studio that did the job sees it
 * too. At most ten unfinished tickets at once (409 `TOO_MANY_OPEN_TICKETS`), and
 * ten new ones an hour (429 `TOO_MANY_TICKETS` with `Retry-After`).
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<OpenTicketBody>(req)
  const customerId = req.auth_context.actor_id
  let about = { appointment_id: null as string | null, merchant_handle: null as string | null, beautician_id: null as string | null }
  if (body.appointment_id) {
    const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const [appointment] = await appointments.listAppointments({ id: body.appointment_id, customer_id: customerId }, { select: ["id", "beautician_id"] })
    if (!appointment) throw new DomainError(404, "APPOINTMENT_NOT_FOUND", `No appointment ${body.appointment_id}`, "appointment_id")
    const [beautician] = await appointments.listBeauticians({ id: appointment.beautician_id }, { select: ["merchant_handle"] })
    about = { appointment_id: appointment.id, merchant_handle: beautician?.merchant_handle ?? null, beautician_id: appointment.beautician_id }
  }
  const result = await support(req).openTicket({ customer_id: customerId, kind: body.kind, subject: body.subject, body: body.body, photos: body.photos ?? [], ...about, now: new Date() })
  if ("refused" in result) refused(result)
  res.status(201).json({ ticket: ticketSummary(result.ticket) })
})
