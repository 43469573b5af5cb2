import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import type { WithdrawalStatus } from "../../../../../modules/merchant/models/withdrawal"
import { MERCHANT_MODULE, type MerchantModuleService } from "../../../../../modules/merchant"
import type { WithdrawalDecisionBody } from "../../../../pro/withdrawals/validators"

const DECISIONS: Record<WithdrawalDecisionBody["decision"], { from: WithdrawalStatus[]; to: WithdrawalStatus }> = {
  approve: { from: ["requested"], to: "approved" },
  pay: { from: ["approved"], to: "paid" },
  reject: { from: ["requested", "approved"], to: "rejected" },
}

/**
 * POST /admin/withdrawals/:id/decide `{ decision: approve | pay | reject }` —
 * the platform's finance (platform admins): approve, then record the bank
 * transfer that paid it (its reference required; the ledger gets the
 * negative entry), or reject with a reason (the money is available again).
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<WithdrawalDecisionBody>(req)
  const ledger = req.scope.resolve<MerchantModuleService>(MERCHANT_MODULE)
  const moved = await ledger.moveWithdrawal({
    id: req.params.id,
    ...DECISIONS[body.decision],
    actor: `user:${req.auth_context.actor_id}`,
    reason: body.reason ?? null,
    transfer_reference: body.transfer_reference ?? null,
  })
  if (!moved) {
    const [current] = await ledger.listWithdrawals({ id: req.params.id }, { select: ["status"] })
    if (!current) throw new DomainError(404, "WITHDRAWAL_NOT_FOUND", `No withdrawal ${req.params.id}`)
    throw new DomainError(409, "INVALID_TRANSITION", `A withdrawal that is ${current.status} cannot be ${body.decision === "pay" ? "paid" : `${body.decision}d`}`)
  }
  res.json({ withdrawal: moved })
})
