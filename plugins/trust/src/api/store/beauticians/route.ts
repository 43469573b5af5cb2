import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { publicBeautician } from "../../../lib/beauticians"
import type { NearbyQuery } from "./validators"

/**
 * GET /store/beauticians?lat=&lng=&limit=20[&product_id=] — the beauticians
 * who come to that place (their service radius takes it in), nearest first,
 * with their rating and how far they live; only active beauticians of approved
 * studios, and with `product_id` only those who perform that service.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { lat, lng, limit, product_id } = validated<NearbyQuery>(req)
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const near = (await appointments.roster()).near({ lat, lng }, limit, product_id)
  const rows = near.length ? await appointments.listBeauticians({ id: near.map((n) => n.entry.id) }, { select: ["id", "display_name", "merchant_handle", "rating", "review_count"] }) : []
  const byId = new Map(rows.map((row) => [row.id, row]))
  res.json({
    beauticians: near.flatMap(({ entry, km }) => {
      const row = byId.get(entry.id)
      return row ? [{ ...publicBeautician(row), distance_km: Math.round(km * 10) / 10 }] : []
    }),
  })
}
