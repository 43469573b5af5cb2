import { ownSchedule } from "../schedule"

/** GET / PUT /pro/working-hours — the beautician's weekly hours; a change never orphans a booking. */
export const GET = ownSchedule.getWorkingHours
export const PUT = ownSchedule.putWorkingHours
