import { beauticianSchedule } from "../../schedule"

/** GET /admin/beauticians/:id/date-overrides — the dates with other hours than the week says. */
export const GET = beauticianSchedule.getDateOverrides
