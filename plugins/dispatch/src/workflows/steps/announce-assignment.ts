import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { Taken } from "./await-beautician"

export const announceAssignmentStepId = "announce-assignment"
/** Emitted once a beautician has the job, for the customer's notifications. */
export const APPOINTMENT_ASSIGNED_EVENT = "appointment.assigned"

/** Tells whoever listens (the customer's notifications) that the job has its beautician. */
export const announceAssignmentStep = createStep(announceAssignmentStepId, async (taken: Taken, { container }) => {
  await container.resolve(Modules.EVENT_BUS).emit({ name: APPOINTMENT_ASSIGNED_EVENT, data: taken })
  return new StepResponse(taken)
})
