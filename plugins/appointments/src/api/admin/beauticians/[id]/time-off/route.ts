import { beauticianSchedule } from "../../schedule"

/** POST /admin/beauticians/:id/time-off */
export const POST = beauticianSchedule.postTimeOff
