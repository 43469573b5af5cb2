import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runNotifications } from "../lib/run-notifications"
import { measuredJob } from "@doorstep/appointments/api/ops/metrics"

/** Every minute, in the worker: appointments' news, reminders and requests become notices, each sent once. */
async function sendNotificationsJob(container: MedusaContainer) {
  const tick = await runNotifications(container, new Date())
  if (tick && (tick.sent || tick.failed)) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Notifications: ${tick.planned} planned, ${tick.sent} sent, ${tick.failed} failed`)
}

/**
 * Every minute unless `DOORSTEP_NOTIFICATIONS_SCHEDULE` (a cron expression;
 * six fields for seconds) says otherwise: a fault test sends within seconds.
 */
export const config = { name: "send-notifications", schedule: process.env.DOORSTEP_NOTIFICATIONS_SCHEDULE || "* * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, sendNotificationsJob)
