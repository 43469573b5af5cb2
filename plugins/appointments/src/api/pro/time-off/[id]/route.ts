import { ownSchedule } from "../../schedule"

/** DELETE /pro/time-off/:id — give one of the beautician's own blocks of time off back to their working hours. */
export const DELETE = ownSchedule.deleteTimeOff
