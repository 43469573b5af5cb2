import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import type { MerchantStatus } from "../../../lib/merchant-status"
import { commissionPlans } from "../../../lib/commission-plans"
import { followStoreListing } from "../../../lib/studio-services"
import { MERCHANT_MODULE, MerchantChangedError, type MerchantModuleService } from "../../../modules/merchant"

export const merchants = (req: AuthenticatedMedusaRequest) => req.scope.resolve<MerchantModuleService>(MERCHANT_MODULE)

/** The merchant of the route's `:handle`, or 404. (Whether the caller may see it, the staff gate decided.) */
export async function merchantOfRoute(req: AuthenticatedMedusaRequest) {
  const [merchant] = await merchants(req).listMerchants({ handle: req.params.handle })
  if (!merchant) throw new DomainError(404, "MERCHANT_NOT_FOUND", `No merchant ${req.params.handle}`)
  return merchant
}

/** Moves the merchant as the review allows, or 409 `INVALID_TRANSITION` with nothing written. */
export async function moveMerchant(req: AuthenticatedMedusaRequest, input: { from: readonly MerchantStatus[]; to: MerchantStatus; reason: string | null; fields?: Record<string, unknown> }) {
  const merchant = await merchantOfRoute(req)
  try {
    return await merchants(req).moveMerchant({ handle: merchant.handle, actor: `user:${req.auth_context.actor_id}`, ...input })
  } catch (error) {
    if (error instanceof MerchantChangedError) throw new DomainError(409, "INVALID_TRANSITION", `A merchant that is ${merchant.status} cannot become ${input.to}`)
    throw error
  }
}

/** What the back office sees of merchants: each row, with the commission plan the platform gave the studio. */
export async function serializeMerchants(req: AuthenticatedMedusaRequest, merchants: Array<Record<string, unknown>>) {
  const plans = await commissionPlans(req.scope).plansOf(merchants.map((merchant) => merchant.handle as string))
  return merchants.map(({ deleted_at: _deleted, ...rest }) => {
    const plan = plans.get(rest.handle as string)!
    return { ...rest, commission_percent: plan.commission_percent, beautician_percent: plan.beautician_percent, commission_plan: plan.name, commission_tiers: plan.tiers }
  })
}

/** What the back office sees of a merchant. */
export const serializeMerchant = async (req: AuthenticatedMedusaRequest, merchant: Record<string, unknown>) => (await serializeMerchants(req, [merchant]))[0]

/**
 * Whether the studio's beauticians may be booked follows the review: only an
 * approved studio's are offered in availability and may be held, and only its
 * own services are in the store; a suspended studio's stop at once (their
 * bookings made before stay).
 */
export async function followBookability(req: AuthenticatedMedusaRequest, merchant: { handle: string; status: MerchantStatus }) {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  await appointments.updateBeauticians({ selector: { merchant_handle: merchant.handle }, data: { merchant_bookable: merchant.status === "approved" } })
  await followStoreListing(req.scope, merchant.handle, merchant.status === "approved")
}
