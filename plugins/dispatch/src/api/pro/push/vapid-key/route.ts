import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DISPATCH_MODULE, type DispatchModuleService } from "../../../../modules/dispatch"

/** GET /pro/push/vapid-key — the public key a browser subscribes with (`applicationServerKey`); null when push is off. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ public_key: req.scope.resolve<DispatchModuleService>(DISPATCH_MODULE).vapid()?.publicKey ?? null })
}
