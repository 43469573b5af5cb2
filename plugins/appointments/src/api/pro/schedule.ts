import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { scheduleHandlers } from "../schedule/handlers"

/** A signed-in beautician manages their own schedule only. */
export const ownSchedule = scheduleHandlers((req: MedusaRequest) => (req as AuthenticatedMedusaRequest).auth_context.actor_id)
