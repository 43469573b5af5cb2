import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changePolicyFrom, PolicyError } from "@doorstep/booking-core"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { merchantSettings } from "../../../../../lib/merchant-settings"
import { merchantOfRoute, merchants } from "../../merchants"
import type { MerchantSettingsBody } from "../../validators"

/** GET /admin/merchants/:handle/settings — opening hours, location, service districts, cancellation terms and the commission plan. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ settings: await merchantSettings(req.scope, (await merchantOfRoute(req)) as never) })
})

/**
 * POST /admin/merchants/:handle/settings — the studio's manager changes any
 * of its settings. New cancellation terms apply to bookings made from now on;
 * each booking keeps the terms it was made under. Terms where cancelling
 * later would cost less are refused (400 `INVALID_POLICY`), with nothing
 * changed.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<MerchantSettingsBody>(req)
  const merchant = await merchantOfRoute(req)
  if (body.cancellation_terms) {
    try {
      changePolicyFrom(body.cancellation_terms)
    } catch (error) {
      if (error instanceof PolicyError) throw new DomainError(400, "INVALID_POLICY", error.message, "cancellation_terms")
      throw error
    }
  }
  const fields = {
    ...(body.opening_hours ? { opening_hours: body.opening_hours as unknown as Record<string, unknown> } : {}),
    ...(body.location ? { lat: body.location.lat, lng: body.location.lng, address: body.location.address } : {}),
    ...(body.service_districts !== undefined ? { service_districts: body.service_districts } : {}),
  }
  const updated = Object.keys(fields).length ? await merchants(req).updateMerchants({ id: merchant.id, ...fields }) : merchant
  if (body.cancellation_terms) {
    await req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).setMerchantPolicy(merchant.handle, body.cancellation_terms)
  }
  res.json({ settings: await merchantSettings(req.scope, updated as never) })
})
