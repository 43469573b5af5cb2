import { ownSchedule } from "../schedule"

/** GET /pro/time-off[?from&to] — the beautician's time off; POST — block time, refused if it would orphan a booking. */
export const GET = ownSchedule.getTimeOff
export const POST = ownSchedule.postTimeOff
