import { TransactionState, TransactionStepStatus } from "@medusajs/framework/utils"

/**
 * The names of the dispatch run and its steps, and how to tell that a stored
 * run is parked at its wait for a beautician: shared by the code that ends
 * the wait (`lib/dispatch-runs.ts`) and by the specs' setup, which loads this
 * before the app does — so it defines no step or workflow itself (defining
 * one registers it).
 */
export const dispatchAppointmentWorkflowId = "dispatch-appointment"
export const offerFirstStepId = "offer-first"
export const awaitBeauticianStepId = "await-beautician"

/** Where the wait sits in a stored run's steps: after the first offer. */
const WAIT_STEP = `_root.${offerFirstStepId}.${awaitBeauticianStepId}`

/**
 * Whether the stored run is parked at the wait for a beautician: running,
 * with the wait marked waiting (which it is from the moment it begins, before
 * its handler has read the appointment).
 */
export function parkedAtWait(run: { state?: string; execution?: unknown } | undefined): boolean {
  const steps = (run?.execution as { steps?: Record<string, { invoke?: { status?: string } }> } | undefined)?.steps
  return run?.state === TransactionState.INVOKING && steps?.[WAIT_STEP]?.invoke?.status === TransactionStepStatus.WAITING
}
