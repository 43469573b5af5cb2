import { beauticianSchedule } from "../../schedule"

/** GET /admin/beauticians/:id/time-off[?from&to] — the beautician's time off not yet over (or touching those dates); POST — block time. */
export const GET = beauticianSchedule.getTimeOff
export const POST = beauticianSchedule.postTimeOff
