import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { promotionContext } from "../../lib/promotions"

/** Every time a cart's promotions are worked out, their rules also see whether it is the customer's first booking. */
updateCartPromotionsWorkflow.hooks.setPromotionContext(async ({ cart }, { container }) => {
  const customerId = (cart as { customer_id?: string | null; customer?: { id?: string } | null }).customer_id ?? (cart as { customer?: { id?: string } | null }).customer?.id ?? undefined
  return new StepResponse(await promotionContext(container, customerId ?? undefined))
})
