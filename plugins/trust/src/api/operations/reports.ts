import { z } from "zod"
import { defineOperations } from "@doorstep/appointments/api/openapi"
import { DashboardQuery, ReportQuery } from "../admin/reports/validators"

/** Reports (M5) and the dashboard built from them. */

const count = z.number().int()
const Row = z
  .looseObject({
    key: z.string().meta({ description: "The day (YYYY-MM-DD), variant id, beautician id or studio handle; `total` in `totals`" }),
    label: z.string().meta({ description: "What people read: the date, the service's name, the beautician's or the studio's" }),
  })
  .meta({ id: "ReportRow", description: "`key`, `label`, then the figures named in `columns`: fen, counts, minutes, or 0–1 shares (null with nothing to divide by)" })

const Report = z
  .object({
    report: z.enum(["bookings", "revenue", "utilisation", "rates"]),
    timezone: z.string().meta({ example: "Asia/Shanghai" }),
    from: z.string().meta({ example: "2026-11-01" }),
    to: z.string().meta({ example: "2026-11-30" }),
    group_by: z.enum(["day", "service", "beautician", "studio"]),
    merchant_handle: z.string().nullable().meta({ description: "The studio; null: every studio (platform)" }),
    columns: z.array(z.string()),
    rows: z.array(Row),
    totals: Row,
  })
  .meta({ id: "Report" })

const Tile = z.looseObject({ from: z.string(), to: z.string() }).meta({ description: "A report's totals over `from`–`to`: the report over that period gives the same figures" })

const Dashboard = z
  .object({
    timezone: z.string(),
    today: z.string(),
    merchant_handle: z.string().nullable(),
    merchant_name: z.string().nullable().meta({ description: "The studio's name; null: every studio" }),
    jobs_today: Tile,
    revenue: z.object({ today: Tile, last_7_days: Tile, last_30_days: Tile }),
    utilisation: Tile,
    rates: Tile,
    rating_trend: z.array(z.object({ week: z.string().meta({ description: "Its Monday" }), reviews: count, average_rating: z.number().nullable() })),
  })
  .meta({ id: "Dashboard" })

export const operations = defineOperations({
  "GET /admin/reports/{report}": {
    summary: "A report: bookings, revenue, utilisation or rates",
    description: [
      "Over `from`–`to` (dates in Asia/Shanghai, both included; default the last 30 days; at most 366 days, else 400 `REPORT_PERIOD_TOO_LONG`; `from` after `to` is 400 `INVALID_INPUT`), by `group_by`.",
      "A studio's manager always gets their own studio (another studio's `merchant_handle` is 404); the platform chooses with `merchant_handle`, or gets every studio, and alone may group by `studio`.",
      "`bookings`: appointments starting in the period by status. `revenue` (fen, from the earnings ledger): `net_fen` the jobs' shares booked in the period, split into `commission_fen` (the platform's), `studio_fen` and `beautician_fen`; `refund_fen` what cancellations gave back; `gross_fen` both together.",
      "`utilisation`: booked over working minutes (weekly hours, date overrides, less time off); not by service (400 `REPORT_GROUP_UNSUPPORTED`). `rates`: offers accepted over answered, cancellations over bookings, no-shows over visits due.",
      "`format=csv` or `Accept: text/csv`: the same rows and a totals row as a CSV file (UTF-8 with a byte-order mark, `key,label,<columns>`), whose totals are the JSON's.",
    ].join(" "),
    auth: "staff",
    params: z.object({ report: z.enum(["bookings", "revenue", "utilisation", "rates"]) }),
    query: ReportQuery,
    responses: { 200: Report },
    alternative: { mediaType: "text/csv", description: "The rows and a totals row as a CSV file (UTF-8 with a byte-order mark, an attachment)" },
    errors: { 400: ["REPORT_PERIOD_TOO_LONG", "REPORT_GROUP_UNSUPPORTED"], 403: ["FORBIDDEN_FOR_ROLE"], 404: ["REPORT_NOT_FOUND", "MERCHANT_NOT_FOUND", "NOT_FOUND"] },
  },
  "GET /admin/reports/dashboard": {
    summary: "The back office's dashboard",
    description:
      "Today's jobs by status, revenue today and over the last 7 and 30 days, utilisation and the rates over the last 30 days — each the totals of the report over that period, with its dates — and the average rating of each of the last 12 weeks. Whose studio, as for the reports.",
    auth: "staff",
    query: DashboardQuery,
    responses: { 200: z.object({ dashboard: Dashboard }) },
    errors: { 403: ["FORBIDDEN_FOR_ROLE"], 404: ["MERCHANT_NOT_FOUND", "NOT_FOUND"] },
  },
})
