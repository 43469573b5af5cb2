import { ownSchedule } from "../schedule"

/** POST /pro/time-off — block time; refused if it would orphan a booking. */
export const POST = ownSchedule.postTimeOff
