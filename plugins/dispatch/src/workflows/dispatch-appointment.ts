import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dispatchAppointmentWorkflowId } from "./dispatch-wait"
import { announceAssignmentStep } from "./steps/announce-assignment"
import { awaitBeauticianStep } from "./steps/await-beautician"
import { offerFirstStep } from "./steps/offer-first"

export { dispatchAppointmentWorkflowId }

/**
 * One stored run per paid appointment (its transaction id is the appointment's
 * id, so a second start is skipped): the first offer, then a wait that lasts
 * through declines, timeouts, the merchant's queue and restarts — every offer
 * and move is a compare-and-set in PostgreSQL, made by the routes and
 * scheduled jobs — until a beautician has the job, which is then announced.
 * A cancellation fails the wait, and the live offer is withdrawn.
 */
export const dispatchAppointmentWorkflow = createWorkflow(
  { name: dispatchAppointmentWorkflowId, store: true, retentionTime: 30 * 24 * 3600 },
  (input: { appointment_id: string }) => {
    offerFirstStep(input)
    const taken = awaitBeauticianStep(input)
    return new WorkflowResponse(announceAssignmentStep(taken))
  },
)
