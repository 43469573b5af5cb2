import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffOfRequest } from "@doorstep/accounts/lib/staff-gate"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { reportCsv, reportFilename } from "../../../../lib/reports/csv"
import { REPORTS, runReport, type ReportName } from "../../../../lib/reports/figures"
import { reportPeriod } from "../../../../lib/reports/period"
import { reportScope } from "../../../../lib/reports/scope"
import type { ReportQuery } from "../validators"

/**
 * GET /admin/reports/:report — bookings, revenue, utilisation or rates over
 * a period, by day, service, beautician or (the platform's) studio, for the
 * caller's studio; as JSON `{ rows, totals }` or, asked for CSV, the same
 * rows and totals as a file.
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const report = req.params.report as ReportName
  if (!REPORTS.includes(report)) throw new DomainError(404, "REPORT_NOT_FOUND", `没有这个报表 · No report ${req.params.report}; one of ${REPORTS.join(", ")}`)
  const query = validated<ReportQuery>(req)
  const staff = staffOfRequest(req)
  if (query.group_by === "studio" && staff?.role !== "platform_admin") {
    throw new DomainError(403, "FORBIDDEN_FOR_ROLE", "按门店分组仅限平台 · Only the platform groups by studio")
  }
  const zone = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).bookingSettings().timezone
  const period = reportPeriod(zone, new Date(), query.from, query.to)
  const scope = await reportScope(req.scope, staff, query.merchant_handle)
  const answer = await runReport(req.scope, report, scope, period, query.group_by)
  if (query.format === "csv" || (query.format === undefined && /\btext\/csv\b/.test(req.headers.accept ?? ""))) {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${reportFilename(answer)}"`)
    // The back office runs on another origin: let its script read the file's name.
    res.setHeader("Access-Control-Expose-Headers", "Content-Disposition")
    res.send(reportCsv(answer))
    return
  }
  res.json(answer)
})
