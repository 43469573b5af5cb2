import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import type { MerchantStatus } from "../../../../../lib/merchant-status"
import { followBookability, moveMerchant, serializeMerchant } from "../../merchants"
import type { MerchantReviewBody } from "../../validators"

const DECISIONS: Record<MerchantReviewBody["decision"], { from: MerchantStatus[]; to: MerchantStatus }> = {
  approve: { from: ["pending_review"], to: "approved" },
  reject: { from: ["pending_review"], to: "rejected" },
  suspend: { from: ["approved"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "approved" },
}

/** POST /admin/merchants/:handle/review — the platform approves or rejects (with a reason), suspends (with a reason) or reinstates; logged with who and why. The studio's beauticians are bookable exactly while it is approved. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<MerchantReviewBody>(req)
  const moved = await moveMerchant(req, { ...DECISIONS[body.decision], reason: body.reason ?? null })
  await followBookability(req, moved)
  res.json({ merchant: await serializeMerchant(req, moved as unknown as Record<string, unknown>) })
})
