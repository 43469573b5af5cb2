import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { freeStarts } from "../../../lib/free-starts"
import { handleDomainErrors } from "../../domain-error"
import { validated } from "../../validation"
import type { AvailabilityQuery } from "./validators"

/** GET /store/availability — the starts a customer can book for a service at an address (`freeStarts`). */
export const GET = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const input = validated<AvailabilityQuery>(req)
  res.json(
    await freeStarts(req.scope, {
      variantId: input.variant_id,
      lat: input.lat,
      lng: input.lng,
      district: input.district,
      beauticianId: input.beautician_id,
      date: input.date,
      days: input.days,
    }),
  )
})
