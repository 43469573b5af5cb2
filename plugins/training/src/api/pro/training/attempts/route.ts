import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serializeAttempt } from "../../../../lib/submit-attempt"
import { trainingOf } from "../../../training"

/** GET /pro/training/attempts — the beautician's own attempts at every exam, newest first (nobody else's). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ attempts: (await trainingOf(req).attemptsOf(req.auth_context.actor_id)).map(serializeAttempt) })
}
