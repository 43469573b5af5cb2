import { z } from "zod"
import { GROUPS } from "../../../lib/reports/tally"

const handle = z.string().min(1).max(100).meta({ description: "The studio (platform only; a studio's staff always get their own)", example: "jingan-lumiere" })

/** A report's period, grouping, studio and format. */
export const ReportQuery = z
  .object({
    from: z.iso.date().optional().meta({ description: "First day, in Asia/Shanghai (default: 29 days before `to`)", example: "2026-11-01" }),
    to: z.iso.date().optional().meta({ description: "Last day, included (default: today); at most 366 days in all", example: "2026-11-30" }),
    group_by: z.enum(GROUPS).default("day").meta({ description: "`studio` for the platform only" }),
    merchant_handle: handle.optional(),
    format: z.enum(["json", "csv"]).optional().meta({ description: "`csv` (or `Accept: text/csv`): the rows and a totals row as a spreadsheet" }),
  })
  .strict()
export type ReportQuery = z.infer<typeof ReportQuery>

/** Whose dashboard. */
export const DashboardQuery = z.object({ merchant_handle: handle.optional() }).strict()
export type DashboardQuery = z.infer<typeof DashboardQuery>
