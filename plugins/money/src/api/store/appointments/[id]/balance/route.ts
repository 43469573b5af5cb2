import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { ownAppointment } from "@doorstep/appointments/lib/own-appointment"
import { askForBalance, publicBalance } from "../../../../../lib/balances"

/**
 * POST /store/appointments/:id/balance — the customer of a completed deposit
 * booking pays what is left: answered with the balance and the cart to pay it
 * through (`/store/payment-collections`, a session with the same providers as
 * bookings, `/store/carts/:id/complete`); the same cart when asked again.
 * 409 `NO_BALANCE_DUE` when nothing is due, `BALANCE_NOT_DUE` before the job is done.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment } = await ownAppointment(req)
  res.status(201).json({ balance: await askForBalance(req.scope, appointment) })
})

/** GET /store/appointments/:id/balance — what is due (or was paid) after a deposit, and its cart. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment } = await ownAppointment(req)
  res.json({ balance: publicBalance(appointment) })
})
