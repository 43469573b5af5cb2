import type { MedusaRequest } from "@medusajs/framework/http"
import { scheduleHandlers } from "../../schedule/handlers"

/** The back office manages any beautician's schedule (merchant scoping is the staff gate's). */
export const beauticianSchedule = scheduleHandlers((req: MedusaRequest) => req.params.id)
