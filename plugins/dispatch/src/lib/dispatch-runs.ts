import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { Modules, TransactionHandlerType } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { awaitBeauticianStepId, dispatchAppointmentWorkflowId, parkedAtWait } from "../workflows/dispatch-wait"
import type { Taken } from "../workflows/steps/await-beautician"

const workflowEngine = (container: MedusaContainer) => container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)

/**
 * The appointment's stored dispatch run, if it is parked at the wait for a
 * beautician. Runs are keyed by the appointment's id. A run that has not
 * reached the wait yet is left alone: the wait, once it begins, ends at once
 * when the job is already taken (or fails when it is cancelled).
 */
async function waitingRun(container: MedusaContainer, appointmentId: string) {
  const engine = workflowEngine(container)
  const [run] = await engine.listWorkflowExecutions({ workflow_id: dispatchAppointmentWorkflowId, transaction_id: appointmentId }, { select: ["state", "execution"], take: 1 })
  return parkedAtWait(run) ? engine : undefined
}

/**
 * No `container` in the options of `setStepSuccess`/`setStepFailure`: the
 * engine copies its options through JSON, and the Redis engine then runs the
 * rest of the workflow with that copy as its container, which fails ("parentContainer[...]
 * is not a function"). Without it, both engines use Medusa's own container.
 */
const waitKey = (appointmentId: string) => ({
  action: TransactionHandlerType.INVOKE,
  transactionId: appointmentId,
  stepId: awaitBeauticianStepId,
  workflowId: dispatchAppointmentWorkflowId,
})

/** Starts the appointment's dispatch run; a run already started for it is left alone. */
export async function runDispatch(container: MedusaContainer, appointmentId: string) {
  await workflowEngine(container).run(dispatchAppointmentWorkflowId, { input: { appointment_id: appointmentId }, transactionId: appointmentId })
}

/**
 * Ends the wait of the appointment's run, if it is parked there. The wait may
 * end itself in the same moment — it reads the appointment when it begins,
 * and a job already taken ends it at once — and then the engine refuses a
 * second ending (the step is no longer waiting, or the finished run is gone):
 * that refusal is the expected outcome, not an error.
 */
async function endWait(container: MedusaContainer, appointmentId: string, end: (engine: IWorkflowEngineService) => Promise<unknown>) {
  const engine = await waitingRun(container, appointmentId)
  if (!engine) return
  try {
    await end(engine)
  } catch (error) {
    // The engine's own word that the step has ended is final; the stored run
    // may still read "waiting" for a moment after the step ended itself.
    if (stepNoLongerWaiting(error)) return
    if (await waitingRun(container, appointmentId)) throw error
  }
}

const stepNoLongerWaiting = (error: unknown) => error instanceof Error && /^Cannot set step (success|failure) when status is /.test(error.message)

/** A beautician has the job: the appointment's run stops waiting and announces it. */
export async function resumeDispatch(container: MedusaContainer, taken: Taken) {
  await endWait(container, taken.appointment_id, (engine) =>
    engine.setStepSuccess({ idempotencyKey: waitKey(taken.appointment_id), stepResponse: new StepResponse(taken) }),
  )
}

/** The appointment will not be served (cancelled): its run fails, and its live offer is withdrawn. */
export async function abandonDispatch(container: MedusaContainer, appointmentId: string, reason: string) {
  await endWait(container, appointmentId, (engine) =>
    engine.setStepFailure({ idempotencyKey: waitKey(appointmentId), stepResponse: new Error(reason), options: { forcePermanentFailure: true, throwOnError: false } }),
  )
}
