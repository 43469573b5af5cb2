import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { ownAppointment } from "@doorstep/appointments/lib/own-appointment"
import { askForTip, publicTip } from "../../../../../lib/tips"
import { MONEY_MODULE, type MoneyModuleService } from "../../../../../modules/money"
import type { TipBody } from "./validators"

/**
 * POST /store/appointments/:id/tip `{ amount_fen }` — the customer of a
 * completed job tips its beautician, once, within 7 days, ¥1–¥500; answered
 * with the tip and the cart to pay it through (`/store/payment-collections`,
 * a session with the same providers as bookings, `/store/carts/:id/complete`).
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { amount_fen } = validated<TipBody>(req)
  const { appointment, appointments } = await ownAppointment(req)
  res.status(201).json({ tip: await askForTip(req.scope, appointments, appointment, amount_fen, Date.now()) })
})

/** GET /store/appointments/:id/tip — the customer's tip for the job, if they gave one (404 `TIP_NOT_FOUND`). */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment } = await ownAppointment(req)
  const [tip] = await req.scope.resolve<MoneyModuleService>(MONEY_MODULE).listTips({ appointment_id: appointment.id })
  if (!tip) throw new DomainError(404, "TIP_NOT_FOUND", "这次服务还没有打赏 · No tip for this job")
  res.json({ tip: publicTip(tip as never) })
})
