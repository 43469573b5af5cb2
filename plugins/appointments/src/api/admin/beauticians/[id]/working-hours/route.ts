import { beauticianSchedule } from "../../schedule"

/** GET / PUT /admin/beauticians/:id/working-hours */
export const GET = beauticianSchedule.getWorkingHours
export const PUT = beauticianSchedule.putWorkingHours
