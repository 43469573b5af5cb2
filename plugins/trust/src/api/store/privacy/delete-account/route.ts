import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { anonymizeCustomer, upcomingAppointments } from "../../../../lib/privacy"

/**
 * POST /store/privacy/delete-account `{ confirm: "DELETE" }` — closes the
 * signed-in customer's account for good: they can no longer sign in, and
 * their personal data is erased while orders and money keep adding up. Not
 * while a visit is still to come (409 `HAS_UPCOMING_APPOINTMENTS`, listing
 * them): cancel those first.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const upcoming = await upcomingAppointments(req.scope, customerId)
  if (upcoming.length) {
    throw new DomainError(409, "HAS_UPCOMING_APPOINTMENTS", `您还有 ${upcoming.length} 个未完成的预约，请先取消 · Cancel your ${upcoming.length} upcoming appointment(s) first`, undefined, {
      appointments: upcoming.map(({ id, status, starts_at }) => ({ id, status, starts_at })),
    })
  }
  const erased = await anonymizeCustomer(req.scope, customerId)
  res.json({ deleted: true, ...erased })
})
