import type { Report } from "./figures"

const cell = (value: string | number | null) => {
  const text = value === null ? "" : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A report as a spreadsheet opens it: a header row, the rows, then the
 * totals row, each figure written as the JSON answer has it (fen, counts,
 * minutes, shares), so the file's totals are the JSON's to the digit. UTF-8
 * with a byte-order mark, so Excel reads Chinese names right.
 */
export function reportCsv(report: Report): string {
  const columns = ["key", "label", ...report.columns]
  const lines = [columns, ...[...report.rows, report.totals].map((row) => columns.map((column) => row[column] ?? null))]
  return "\uFEFF" + lines.map((line) => line.map(cell).join(",")).join("\r\n") + "\r\n"
}

/** The file's name: what, whose, and when. */
export const reportFilename = (report: Report) => `doorstep-${report.report}-${report.merchant_handle ?? "all"}-${report.from}-${report.to}-by-${report.group_by}.csv`
