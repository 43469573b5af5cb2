import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { orderMoney } from "../../../../../lib/order-money"

/** GET /admin/orders/:id/money — where the order's money is (captured, refunded, booked, held) and whether it adds up; platform admins only. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const money = await orderMoney(req.scope, req.params.id)
  if (!money) throw new DomainError(404, "ORDER_NOT_FOUND", `No order ${req.params.id}`)
  res.json({ money })
})
