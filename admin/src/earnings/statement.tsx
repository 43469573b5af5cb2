import DownloadIcon from "@mui/icons-material/Download"
import { Alert, Box, Button, Card, CardContent, Grid, LinearProgress, Stack, TextField, Typography } from "@mui/material"
import { useEffect, useState } from "react"
import { useLocaleState, useTranslate } from "react-admin"
import { fileText, type ApiError } from "../api"
import { FILES } from "../data-provider"
import { formatFen } from "../money"
import { LedgerTable } from "./ledger-table"
import { parseStatement } from "./statement-csv"

/** This month in the city's zone, as YYYY-MM. */
export const thisMonth = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(new Date()).slice(0, 7)
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

function Total({ label, fen, strong }: { label: string; fen: number; strong?: boolean }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate(label)}
      </Typography>
      <Typography variant={strong ? "h6" : "body1"} component="p" sx={{ fontVariantNumeric: "tabular-nums", color: fen < 0 ? "error.main" : undefined }}>
        {formatFen(fen, locale)}
      </Typography>
    </Box>
  )
}

/**
 * A studio's monthly statement: choose a month, see its opening and closing
 * balance, what came in and went out, and every line — the same figures as
 * the CSV it can be downloaded as.
 */
export function StatementSection({ handle }: { handle: string }) {
  const translate = useTranslate()
  const [month, setMonth] = useState(thisMonth())
  const [text, setText] = useState<{ month: string; csv: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const valid = MONTH.test(month)
  useEffect(() => {
    if (!valid) return
    let current = true
    setError(null)
    fileText(FILES.statement(handle, month)).then(
      (csv) => current && setText({ month, csv }),
      (e: ApiError) => current && setError(e.message),
    )
    return () => {
      current = false
    }
  }, [handle, month, valid])
  const shown = text && text.month === month ? parseStatement(text.csv) : null
  const download = () => {
    if (!text) return
    const url = URL.createObjectURL(new Blob([text.csv], { type: "text/csv;charset=utf-8" }))
    const link = document.createElement("a")
    link.href = url
    link.download = `${handle}-${text.month}.csv`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" sx={{ flexWrap: "wrap", gap: 1, alignItems: "center", justifyContent: "space-between" }}>
            <Typography variant="h6" component="h2">
              {translate("resources.earnings.statement_title")}
            </Typography>
            <Stack direction="row" sx={{ flexWrap: "wrap", gap: 1, alignItems: "center" }}>
              <TextField type="month" size="small" label={translate("resources.earnings.month")} value={month} onChange={(e) => setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
              <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={!shown} sx={{ minHeight: 44 }}>
                {translate("resources.earnings.statement")}
              </Button>
            </Stack>
          </Stack>
          {error ? <Alert severity="error">{translate(error)}</Alert> : null}
          {!error && valid && !shown ? <LinearProgress aria-label={translate("ra.page.loading")} /> : null}
          {shown ? (
            <>
              <Grid container spacing={2}>
                <Grid size={{ xs: 6, md: 3 }}>
                  <Total label="resources.earnings.opening" fen={shown.opening_fen} />
                </Grid>
                <Grid size={{ xs: 6, md: 3 }}>
                  <Total label="resources.earnings.money_in" fen={shown.in_fen} />
                </Grid>
                <Grid size={{ xs: 6, md: 3 }}>
                  <Total label="resources.earnings.money_out" fen={shown.out_fen} />
                </Grid>
                <Grid size={{ xs: 6, md: 3 }}>
                  <Total label="resources.earnings.closing" fen={shown.closing_fen} strong />
                </Grid>
              </Grid>
              {shown.lines.length ? (
                <LedgerTable
                  label="resources.earnings.statement_lines"
                  withBalance
                  rows={shown.lines.map((line, index) => ({ key: `${index}`, time: line.time, kind: line.kind, note: line.note || line.appointment, amount_fen: line.amount_fen, balance_fen: line.balance_fen }))}
                />
              ) : (
                <Typography color="text.secondary">{translate("resources.earnings.statement_empty")}</Typography>
              )}
            </>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  )
}
