import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validated } from "@doorstep/appointments/api/validation"
import { jobPay } from "../../../lib/job-pay"
import type { PayQuery } from "./validators"

/** GET /pro/pay?appointment_id=a,b — what the beautician makes from their offers and jobs: the estimate now, and what was booked. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { appointment_id } = validated<PayQuery>(req)
  res.json({ currency_code: "cny", pay: await jobPay(req.scope, req.auth_context.actor_id, appointment_id, new Date()) })
}
