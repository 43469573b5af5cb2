import { ownSchedule } from "../../schedule"

/** PUT / DELETE /pro/date-overrides/:date — other hours (or a day off) on one date, or back to the week; never orphans a booking. */
export const PUT = ownSchedule.putDateOverride
export const DELETE = ownSchedule.deleteDateOverride
