import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TAKEN_STATUSES } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { awaitBeauticianStepId } from "../dispatch-wait"

export { awaitBeauticianStepId }

/** Who took the job, and how. */
export interface Taken {
  appointment_id: string
  beautician_id: string
  by: "offer" | "staff"
}

/**
 * Waits — across restarts, since the run is stored — until a beautician has
 * the job: `resumeDispatch` ends the wait when an offer is accepted or staff
 * assign it, and `abandonDispatch` fails it when the appointment is cancelled.
 * If the job was taken before the wait began, it ends at once.
 */
export const awaitBeauticianStep = createStep(
  { name: awaitBeauticianStepId, async: true, maxRetries: 0 },
  async (input: { appointment_id: string }, { container }) => {
    const [appointment] = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments({ id: input.appointment_id })
    if (!appointment || appointment.status !== "confirmed") {
      if (appointment && (TAKEN_STATUSES as readonly string[]).includes(appointment.status)) {
        return new StepResponse<Taken>({ appointment_id: appointment.id, beautician_id: appointment.beautician_id, by: "offer" })
      }
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Appointment ${input.appointment_id} is ${appointment?.status ?? "gone"}: nothing to dispatch`)
    }
  },
)
