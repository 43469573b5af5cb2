import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MONEY_MODULE, type MoneyModuleService } from "../../../modules/money"
import { MINIMUM_WITHDRAWAL_FEN, type WithdrawalBody } from "./validators"

const ledger = (req: AuthenticatedMedusaRequest) => req.scope.resolve<MoneyModuleService>(MONEY_MODULE)

/**
 * POST /pro/withdrawals `{ amount_fen }` — the beautician asks for money: at
 * least ¥100 (400 `BELOW_MINIMUM`) and no more than is available (409
 * `INSUFFICIENT_BALANCE` with `available_fen`); the platform's finance then
 * approves and pays it.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { amount_fen } = validated<WithdrawalBody>(req)
  if (amount_fen < MINIMUM_WITHDRAWAL_FEN) throw new DomainError(400, "BELOW_MINIMUM", "单次提现不少于 ¥100 · Withdraw at least ¥100 at a time", "amount_fen")
  const [beautician] = await req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({ id: req.auth_context.actor_id }, { select: ["id", "merchant_handle"] })
  if (!beautician) throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", "No such beautician")
  const result = await ledger(req).requestWithdrawal({ beautician_id: beautician.id, merchant_handle: beautician.merchant_handle, amount_fen })
  if ("available_fen" in result) {
    throw new DomainError(409, "INSUFFICIENT_BALANCE", "可提现余额不足 · More than your available balance", "amount_fen", { available_fen: result.available_fen })
  }
  res.status(201).json({ withdrawal: result.withdrawal })
})

/** GET /pro/withdrawals — what may be withdrawn now, the least one withdrawal may be, and every withdrawal, newest first. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const beauticianId = req.auth_context.actor_id
  const [available, withdrawals] = await Promise.all([
    ledger(req).availableToWithdraw(beauticianId),
    ledger(req).listWithdrawals({ beautician_id: beauticianId }, { order: { created_at: "DESC" }, take: 100 }),
  ])
  res.json({ available_fen: available, minimum_fen: MINIMUM_WITHDRAWAL_FEN, currency_code: "cny", withdrawals })
})
