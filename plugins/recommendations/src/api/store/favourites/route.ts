import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { favouritesOf } from "../../../lib/suggestions"

/** GET /store/favourites — the customer's favourite beauticians with their next free times at the customer's default address. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ favourites: await favouritesOf(req.scope, req.auth_context.actor_id) })
}
