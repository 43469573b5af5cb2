import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validated } from "@doorstep/appointments/api/validation"
import { PRIVACY_MODULE, type PrivacyModuleService } from "../../../../modules/privacy"
import type { AccessLogQuery } from "../../../store/privacy/validators"

/** GET /admin/privacy/access-log?actor_id=&subject_id= — who in the back office read whose personal data, newest first (platform admins only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters = validated<AccessLogQuery>(req)
  const reads = await req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).listPersonalDataAccesses(filters, { order: { created_at: "DESC" }, take: 200 })
  res.json({ reads })
}
