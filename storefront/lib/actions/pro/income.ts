"use server"

import { asBeautician } from "../../pro/acting"
import { requestWithdrawal } from "../../pro/income"

/** Why a withdrawal was refused, with what the form needs to explain it (`available_fen` for INSUFFICIENT_BALANCE). */
export type WithdrawalResult = { ok: true } | { ok: false; code: string; availableFen?: number }

export async function withdraw(amountFen: number): Promise<WithdrawalResult> {
  return asBeautician(async (token) => {
    const got = await requestWithdrawal(token, amountFen)
    if (got.ok) return { ok: true as const }
    const available = got.details.available_fen
    return { ok: false as const, code: got.code, ...(typeof available === "number" ? { availableFen: available } : {}) }
  })
}
