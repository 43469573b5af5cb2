import type { MedusaContainer } from "@medusajs/framework/types"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MONEY_MODULE, type MoneyModuleService, type WithdrawalRow } from "../modules/money"
import { isUniqueViolation } from "@doorstep/appointments/lib/unique-violation"
import { PayoutError } from "./payouts"

/**
 * Pays an approved withdrawal through the configured payout provider: the
 * withdrawal is claimed (`paying`: of two payouts at once, one goes on, the
 * other is 409 `INVALID_TRANSITION`), the provider transfers, and the
 * withdrawal becomes paid with the provider's reference and its negative
 * ledger entry. If the provider fails, the withdrawal is approved again with
 * the error kept, and the caller gets 409 `PAYOUT_FAILED`.
 */
export async function payWithdrawal(container: MedusaContainer, input: { id: string; actor: string; reference: string | null }): Promise<WithdrawalRow> {
  const ledger = container.resolve<MoneyModuleService>(MONEY_MODULE)
  const provider = ledger.payouts
  if (provider.needsReference && !input.reference) {
    throw new DomainError(400, "INVALID_INPUT", "付款需填写银行转账流水号 · The bank transfer's reference is required", "transfer_reference")
  }
  const claimed = await ledger.claimPayout({ id: input.id, actor: input.actor, provider: provider.id })
  if (!claimed) {
    const [current] = await ledger.listWithdrawals({ id: input.id }, { select: ["status"] })
    if (!current) throw new DomainError(404, "WITHDRAWAL_NOT_FOUND", `No withdrawal ${input.id}`)
    throw new DomainError(409, "INVALID_TRANSITION", `A withdrawal that is ${current.status} cannot be paid`)
  }
  const [beautician] = await container
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .listBeauticians({ id: claimed.beautician_id }, { select: ["id", "display_name"], withDeleted: true })
  let failure: PayoutError
  try {
    const result = await provider.transfer({
      withdrawal: claimed,
      amount_fen: claimed.amount_fen,
      payee: { beautician_id: claimed.beautician_id, display_name: beautician?.display_name ?? "" },
      reference: input.reference,
    })
    return await ledger.completePayout({ id: claimed.id, reference: result.reference })
  } catch (error) {
    // Another withdrawal was paid with the same reference between the provider's check and ours.
    if (isUniqueViolation(error)) failure = new PayoutError("REFERENCE_IN_USE", `The transfer ${input.reference} already paid another withdrawal`)
    else if (error instanceof PayoutError) failure = error
    else failure = new PayoutError("PROVIDER_ERROR", (error as Error).message)
  }
  await ledger.failPayout({ id: claimed.id, error: `${failure.code}: ${failure.message}` })
  throw new DomainError(409, "PAYOUT_FAILED", `付款未成功,提现仍为已批准 · The payout failed; the withdrawal stays approved: ${failure.message}`, undefined, {
    payout_error: failure.code,
  })
}
