import { DateTime } from "luxon"
import { fenToYuan } from "./money"

/** The instants a calendar month covers in `zone`: from its first midnight up to the next month's. */
export function monthRange(month: string, zone: string): { start: number; end: number } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month)
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${month}`)
  const start = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: 1 }, { zone })
  return { start: start.toMillis(), end: start.plus({ months: 1 }).toMillis() }
}

/** Ledger amounts carry a sign (a withdrawal is negative): −10000 fen → "-100.00". */
const signedYuan = (fen: number) => (fen < 0 ? "-" : "") + fenToYuan(Math.abs(fen))

export interface StatementEntry {
  at: number
  kind: string
  appointment_id: string | null
  note: string | null
  amount_fen: number
}

/**
 * A month's statement as rows for a spreadsheet: each entry with its local
 * time, amount and the balance after it, starting from the balance the month
 * opened with; amounts in yuan with two decimals, computed in fen.
 */
export function statementRows(entries: readonly StatementEntry[], openingFen: number, zone: string): string[][] {
  let balance = openingFen
  const rows = [["time", "kind", "appointment", "note", "amount_cny", "balance_cny"], ["", "opening_balance", "", "", "", signedYuan(openingFen)]]
  for (const entry of [...entries].sort((a, b) => a.at - b.at)) {
    balance += entry.amount_fen
    rows.push([DateTime.fromMillis(entry.at, { zone }).toFormat("yyyy-MM-dd HH:mm"), entry.kind, entry.appointment_id ?? "", entry.note ?? "", signedYuan(entry.amount_fen), signedYuan(balance)])
  }
  rows.push(["", "closing_balance", "", "", signedYuan(balance - openingFen), signedYuan(balance)])
  return rows
}
