import { Box, Table, TableBody, TableCell, TableHead, TableRow, useMediaQuery, type Theme } from "@mui/material"
import { useLocaleState, useTranslate } from "react-admin"
import { formatFen } from "../money"

export interface LedgerRow {
  key: string
  time: string
  kind: string
  note: string
  amount_fen: number
  /** The balance after the entry, where the table shows it (a statement). */
  balance_fen?: number
}

const amountSx = (fen: number) => ({ fontVariantNumeric: "tabular-nums", color: fen < 0 ? "error.main" : undefined })

/** Ledger entries as a table: time, kind, note and signed amount (and the running balance); on a phone the note and balance give way. */
export function LedgerTable({ rows, label, withBalance = false }: { rows: LedgerRow[]; label: string; withBalance?: boolean }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const wide = !useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  return (
    <Box sx={{ overflowX: "auto" }}>
      <Table size="small" aria-label={translate(label)}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("resources.earnings.fields.created_at")}</TableCell>
            <TableCell>{translate("resources.earnings.fields.kind")}</TableCell>
            {wide ? <TableCell>{translate("resources.earnings.fields.note")}</TableCell> : null}
            <TableCell align="right">{translate("resources.earnings.fields.amount_fen")}</TableCell>
            {wide && withBalance ? <TableCell align="right">{translate("resources.earnings.fields.balance_fen")}</TableCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{row.time}</TableCell>
              <TableCell>{translate(`resources.earnings.kinds.${row.kind}`, { _: row.kind })}</TableCell>
              {wide ? <TableCell sx={{ overflowWrap: "anywhere" }}>{row.note || "—"}</TableCell> : null}
              <TableCell align="right" sx={amountSx(row.amount_fen)}>
                {formatFen(row.amount_fen, locale)}
              </TableCell>
              {wide && withBalance ? (
                <TableCell align="right" sx={amountSx(row.balance_fen ?? 0)}>
                  {formatFen(row.balance_fen ?? 0, locale)}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  )
}
