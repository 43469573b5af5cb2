import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { payWithdrawal } from "../../../../../lib/pay-withdrawal"
import type { WithdrawalStatus } from "../../../../../modules/money/models/withdrawal"
import { MONEY_MODULE, type MoneyModuleService } from "../../../../../modules/money"
import type { WithdrawalDecisionBody } from "../../../../pro/withdrawals/validators"

const DECISIONS: Record<"approve" | "reject", { from: WithdrawalStatus[]; to: "approved" | "rejected" }> = {
  approve: { from: ["requested"], to: "approved" },
  reject: { from: ["requested", "approved"], to: "rejected" },
}

/**
 * POST /admin/withdrawals/:id/decide `{ decision: approve | pay | reject }` —
 * the platform's finance (platform admins): approve; then pay, through the
 * payout provider (`manual`: the bank transfer's reference required; the
 * ledger gets the negative entry; a failed payout leaves it approved, 409
 * `PAYOUT_FAILED`); or reject with a reason (the money is available again).
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<WithdrawalDecisionBody>(req)
  const actor = `user:${req.auth_context.actor_id}`
  if (body.decision === "pay") {
    res.json({ withdrawal: await payWithdrawal(req.scope, { id: req.params.id, actor, reference: body.transfer_reference ?? null }) })
    return
  }
  const ledger = req.scope.resolve<MoneyModuleService>(MONEY_MODULE)
  const moved = await ledger.moveWithdrawal({ id: req.params.id, ...DECISIONS[body.decision], actor, reason: body.reason ?? null })
  if (!moved) {
    const [current] = await ledger.listWithdrawals({ id: req.params.id }, { select: ["status"] })
    if (!current) throw new DomainError(404, "WITHDRAWAL_NOT_FOUND", `No withdrawal ${req.params.id}`)
    throw new DomainError(409, "INVALID_TRANSITION", `A withdrawal that is ${current.status} cannot be ${body.decision}d`)
  }
  res.json({ withdrawal: moved })
})
