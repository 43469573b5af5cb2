import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { APPOINTMENT_CANCELLED_EVENT } from "@doorstep/appointments/modules/appointment"
import { abandonDispatch } from "../lib/dispatch-runs"

/** A cancelled appointment's dispatch run ends, and its live offer is withdrawn. */
export default async function callOffCancelledDispatch({ event, container }: SubscriberArgs<{ id: string }>) {
  await abandonDispatch(container, event.data.id, "the appointment was cancelled")
}

export const config: SubscriberConfig = { event: APPOINTMENT_CANCELLED_EVENT }
