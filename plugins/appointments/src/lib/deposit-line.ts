import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, QueryContext } from "@medusajs/framework/utils"
import { fenToYuan } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { chargedAtCheckout, paymentTermsOf } from "./payment-terms"

interface LineBody {
  variant_id: string
  quantity: number
  metadata?: Record<string, unknown> | null
  unit_price?: string
  is_tax_inclusive?: boolean
}

/**
 * Runs after Medusa has validated `POST /store/carts/:id/line-items` (which
 * takes no price from the client). An appointment's line records the
 * service's price for this cart on the appointment; for a studio that takes a
 * deposit (the terms the appointment was held under), the line is priced at
 * the deposit, server-side, as a custom-priced line that Medusa keeps when
 * it refreshes the cart. Lines the add-to-cart hook will refuse (someone
 * else's appointment, another service) are left for it to refuse.
 */
export async function priceAppointmentLine(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = req.validatedBody as LineBody | undefined
    const appointmentId = body?.metadata?.appointment_id
    if (!body || typeof appointmentId !== "string") return next()
    const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const [appointment] = await appointments.listAppointments({ id: appointmentId, status: "held" }, { select: ["id", "variant_id", "policy_terms", "customer_id"] })
    if (!appointment || appointment.variant_id !== body.variant_id) return next()
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({ entity: "cart", fields: ["region_id", "currency_code", "customer_id"], filters: { id: req.params.id } })
    const cart = carts[0] as { region_id: string | null; currency_code: string; customer_id: string | null } | undefined
    if (!cart || cart.customer_id !== appointment.customer_id) return next()
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "calculated_price.calculated_amount", "calculated_price.is_calculated_price_tax_inclusive"],
      filters: { id: body.variant_id },
      context: { calculated_price: QueryContext({ region_id: cart.region_id, currency_code: cart.currency_code }) },
    })
    const price = (variants[0] as { calculated_price?: { calculated_amount: number | null; is_calculated_price_tax_inclusive: boolean } | null } | undefined)?.calculated_price
    if (!price || price.calculated_amount === null || price.calculated_amount === undefined) return next()
    const priceFen = Math.round(MathBN.mult(price.calculated_amount, 100).toNumber())
    await appointments.updateAppointments({ id: appointment.id, price_fen: priceFen })
    const payment = paymentTermsOf(appointment.policy_terms)
    if (payment.mode === "deposit") {
      body.unit_price = fenToYuan(chargedAtCheckout(priceFen, payment))
      body.is_tax_inclusive = price.is_calculated_price_tax_inclusive
    }
    next()
  } catch (error) {
    next(error)
  }
}
