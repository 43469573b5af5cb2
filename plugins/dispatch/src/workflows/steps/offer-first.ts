import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { startDispatch, withdrawLiveOffers } from "../../lib/dispatch"
import { offerFirstStepId } from "../dispatch-wait"

export { offerFirstStepId }

/**
 * Opens the appointment's first offer, to the beautician whose calendar it is
 * on; does nothing when it has been offered already (a repeated run). Undone
 * by withdrawing whatever offer is still live.
 */
export const offerFirstStep = createStep(
  offerFirstStepId,
  async (input: { appointment_id: string }, { container }) => {
    await startDispatch(container, input.appointment_id, new Date())
    return new StepResponse(undefined, input.appointment_id)
  },
  async (appointmentId, { container }) => {
    if (appointmentId) await withdrawLiveOffers(container, appointmentId, "the dispatch was called off")
  },
)
