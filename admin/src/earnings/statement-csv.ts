/**
 * A monthly statement as commerce sends it (CSV: `time, kind, appointment,
 * note, amount_cny, balance_cny`, from the opening balance to the closing
 * one; see `statementRows` in booking-core), read back into fen for the
 * screen, so that what staff see is exactly the file they download.
 */
export interface StatementLine {
  time: string
  kind: string
  appointment: string
  note: string
  amount_fen: number
  balance_fen: number
}

export interface Statement {
  opening_fen: number
  closing_fen: number
  in_fen: number
  out_fen: number
  lines: StatementLine[]
}

/** RFC 4180 fields: quoted ones may hold commas, doubled quotes and line breaks. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  const body = text.replace(/^\uFEFF/, "")
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ",") row.push(field), (field = "")
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++
      row.push(field), rows.push(row), (row = []), (field = "")
    } else field += c
  }
  if (field || row.length) row.push(field), rows.push(row)
  return rows
}

/** "-12.50" → -1250, counted in whole fen (no floats). */
export function yuanToFen(text: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!match) return 0
  const fen = Number(match[2]) * 100 + Number((match[3] ?? "").padEnd(2, "0"))
  return match[1] ? -fen : fen
}

export function parseStatement(text: string): Statement {
  const [, ...rows] = csvRows(text)
  let opening = 0
  let closing = 0
  const lines: StatementLine[] = []
  for (const [time, kind, appointment, note, amount, balance] of rows) {
    if (kind === "opening_balance") opening = yuanToFen(balance)
    else if (kind === "closing_balance") closing = yuanToFen(balance)
    else if (kind) lines.push({ time, kind, appointment, note, amount_fen: yuanToFen(amount), balance_fen: yuanToFen(balance) })
  }
  const sum = (keep: (fen: number) => boolean) => lines.reduce((total, line) => (keep(line.amount_fen) ? total + line.amount_fen : total), 0)
  return { opening_fen: opening, closing_fen: closing, in_fen: sum((fen) => fen > 0), out_fen: sum((fen) => fen < 0), lines }
}
