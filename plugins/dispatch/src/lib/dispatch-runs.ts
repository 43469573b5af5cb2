import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, TransactionHandlerType, TransactionState } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordLostOrders } from "@doorstep/appointments/lib/cut-short-completions"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { awaitBeauticianStepId, cutShortInFirstOffer, dispatchAppointmentWorkflowId, offerFirstStepId, parkedAtWait } from "../workflows/dispatch-wait"
import type { Taken } from "../workflows/steps/await-beautician"
import { startDispatch } from "./dispatch"

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
const stepKey = (appointmentId: string, stepId = awaitBeauticianStepId) => ({
  action: TransactionHandlerType.INVOKE,
  transactionId: appointmentId,
  stepId,
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
    engine.setStepSuccess({ idempotencyKey: stepKey(taken.appointment_id), stepResponse: new StepResponse(taken) }),
  )
}

/** The appointment will not be served (cancelled): its run fails, and its live offer is withdrawn. */
export async function abandonDispatch(container: MedusaContainer, appointmentId: string, reason: string) {
  await endWait(container, appointmentId, (engine) =>
    engine.setStepFailure({ idempotencyKey: stepKey(appointmentId), stepResponse: new Error(reason), options: { forcePermanentFailure: true, throwOnError: false } }),
  )
}

/**
 * How long a paid appointment may be without a dispatch run parked at its
 * wait before the sweep calls the run cut short: `order.placed` starts it and
 * its first offer is made within a second or two.
 */
const CUT_SHORT_AFTER_MS = 30_000
/** Appointments the sweep looks at in one go, soonest first. */
const SWEEP_SIZE = 500

/**
 * Restarts the dispatch runs a crash cut short. `order.placed` reaches its
 * subscriber only in the process that placed the order, and a run lives in
 * that process until it parks at its wait: a process killed in between
 * leaves a paid appointment with no run (and no order on record), or with a
 * stored run that never got past its first checkpoint — nobody is offered
 * the job, or with a run killed inside its first offer. Each such appointment
 * (confirmed, with its order, to come, quiet for a while) gets its run
 * started, resumed from its last checkpoint, or its first offer ended;
 * the first offer is made only if none was.
 * Returns the appointments whose runs were restarted.
 */
export async function restartCutShortDispatches(container: MedusaContainer, now: Date): Promise<string[]> {
  const quietSince = new Date(now.getTime() - CUT_SHORT_AFTER_MS)
  // The same crash may have lost the order's record on the appointment (`order.placed`): recorded now, it is dispatched too.
  const recorded = await recordLostOrders(container, quietSince)
  const paid = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments(
    { status: "confirmed", starts_at: { $gt: now }, $or: [{ order_id: { $ne: null }, updated_at: { $lt: quietSince } }, ...(recorded.length ? [{ id: recorded }] : [])] },
    { select: ["id"], order: { starts_at: "ASC" }, take: SWEEP_SIZE },
  )
  if (paid.length === 0) return []
  const runs = await workflowEngine(container).listWorkflowExecutions(
    { workflow_id: dispatchAppointmentWorkflowId, transaction_id: paid.map((a) => a.id) },
    { select: ["transaction_id", "state", "execution", "updated_at"] },
  )
  const healthy = new Set(
    runs.filter((run) => parkedAtWait(run) || FINISHED.has(run.state as string) || new Date(run.updated_at as Date) >= quietSince).map((run) => run.transaction_id as string),
  )
  const cutShort = paid.map((a) => a.id).filter((id) => !healthy.has(id))
  const insideFirstOffer = new Set(runs.filter(cutShortInFirstOffer).map((run) => run.transaction_id as string))
  const restarted: string[] = []
  for (const id of cutShort) {
    try {
      if (insideFirstOffer.has(id)) await finishFirstOffer(container, id, now)
      else await runDispatch(container, id)
      restarted.push(id)
    } catch (error) {
      // One run that will not restart does not hold up the others; the next sweep tries it again.
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`Restarting the dispatch run of ${id} failed: ${(error as Error).stack ?? error}`)
    }
  }
  return restarted
}

/**
 * Ends the first offer of a run killed inside it, which the engine, resuming
 * the run, would wait on for ever (it marks a step waiting before running
 * it): does what the step does, which offers the job only if no offer was
 * made, and tells the engine the step is done, as the step would have; the run
 * goes on to its wait.
 */
async function finishFirstOffer(container: MedusaContainer, appointmentId: string, now: Date) {
  await startDispatch(container, appointmentId, now)
  await workflowEngine(container).setStepSuccess({ idempotencyKey: stepKey(appointmentId, offerFirstStepId), stepResponse: new StepResponse(undefined, appointmentId) })
}

const FINISHED = new Set<string>([TransactionState.DONE, TransactionState.FAILED, TransactionState.REVERTED])
