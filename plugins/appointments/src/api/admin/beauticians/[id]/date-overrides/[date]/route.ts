import { beauticianSchedule } from "../../../schedule"

/** PUT / DELETE /admin/beauticians/:id/date-overrides/:date — set or clear one date's hours; never orphans a booking. */
export const PUT = beauticianSchedule.putDateOverride
export const DELETE = beauticianSchedule.deleteDateOverride
