/**
 * Money is integer fen everywhere inside Doorstep. Medusa keeps major units and
 * the gateways write yuan as decimal text; these are the only crossings, exact
 * both ways.
 */

/** 29800 fen → "298.00". */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`Not an amount in fen: ${fen}`)
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`
}

/** "218", "218.5", "218.00" → fen; anything else (exponents, signs, a third decimal, commas) is refused. */
export function yuanToFen(amount: string): number {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(amount)
  if (!match) throw new RangeError(`Not an amount in yuan: ${amount}`)
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"))
}
