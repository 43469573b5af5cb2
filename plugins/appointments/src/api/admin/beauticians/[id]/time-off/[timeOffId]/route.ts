import { beauticianSchedule } from "../../../schedule"

/** DELETE /admin/beauticians/:id/time-off/:timeOffId — give one block of the beautician's time off back to their working hours. */
export const DELETE = beauticianSchedule.deleteTimeOff
