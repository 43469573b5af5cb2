import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serializeCertification, trainingOf } from "../../../training"

/** GET /pro/training/certifications — the beautician's certifications, active and expired. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ certifications: (await trainingOf(req).certificationsOf(req.auth_context.actor_id)).map(serializeCertification) })
}
