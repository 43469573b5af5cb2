import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changePolicyFrom, PolicyError } from "@doorstep/booking-core"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { DEPOSIT_PERCENT_MAX, DEPOSIT_PERCENT_MIN, type PaymentTerms } from "@doorstep/appointments/lib/payment-terms"
import { merchantSettings, setStudioTerms } from "../../../../../lib/merchant-settings"
import { merchantOfRoute, merchants } from "../../merchants"
import type { MerchantSettingsBody } from "../../validators"

/** GET /admin/merchants/:handle/settings — opening hours, location, service districts, cancellation and payment terms, and the commission plan. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ settings: await merchantSettings(req.scope, (await merchantOfRoute(req)) as never) })
})

/**
 * POST /admin/merchants/:handle/settings — the studio's manager changes any
 * of its settings. New cancellation terms apply to bookings made from now on;
 * each booking keeps the terms it was made under. Terms where cancelling
 * later would cost less are refused (400 `INVALID_POLICY`), with nothing
 * changed. Payment terms — `{ mode: "full" }` or `{ mode: "deposit",
 * deposit_percent }` — apply the same way; a deposit is a whole percent from
 * 10 to 90 (400 `INVALID_DEPOSIT_PERCENT`, and none with `full`).
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
  let payment: PaymentTerms | undefined
  if (body.payment) {
    const percent = body.payment.deposit_percent
    if (body.payment.mode === "deposit") {
      if (percent === undefined || !Number.isInteger(percent) || percent < DEPOSIT_PERCENT_MIN || percent > DEPOSIT_PERCENT_MAX) {
        throw new DomainError(400, "INVALID_DEPOSIT_PERCENT", `定金为价格的 ${DEPOSIT_PERCENT_MIN}%–${DEPOSIT_PERCENT_MAX}%（整数） · A deposit is a whole ${DEPOSIT_PERCENT_MIN}–${DEPOSIT_PERCENT_MAX} % of the price`, "payment.deposit_percent")
      }
      payment = { mode: "deposit", deposit_percent: percent }
    } else {
      if (percent !== undefined) throw new DomainError(400, "INVALID_DEPOSIT_PERCENT", "全额支付没有定金比例 · Full payment takes no deposit percent", "payment.deposit_percent")
      payment = { mode: "full" }
    }
  }
  const fields = {
    ...(body.opening_hours ? { opening_hours: body.opening_hours as unknown as Record<string, unknown> } : {}),
    ...(body.location ? { lat: body.location.lat, lng: body.location.lng, address: body.location.address } : {}),
    ...(body.service_districts !== undefined ? { service_districts: body.service_districts } : {}),
  }
  const updated = Object.keys(fields).length ? await merchants(req).updateMerchants({ id: merchant.id, ...fields }) : merchant
  if (body.cancellation_terms || payment) await setStudioTerms(req.scope, merchant.handle, { cancellation_terms: body.cancellation_terms, payment })
  res.json({ settings: await merchantSettings(req.scope, updated as never) })
})
