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

/** Where the first offer and the wait sit in a stored run's steps. */
const OFFER_STEP = `_root.${offerFirstStepId}`
const WAIT_STEP = `${OFFER_STEP}.${awaitBeauticianStepId}`

type StoredRun = { state?: string; execution?: unknown } | undefined
const stepStatus = (run: StoredRun, step: string) => (run?.execution as { steps?: Record<string, { invoke?: { status?: string } }> } | undefined)?.steps?.[step]?.invoke?.status

/**
 * Whether the stored run is parked at the wait for a beautician: running,
 * with the wait marked waiting (which it is from the moment it begins, before
 * its handler has read the appointment).
 */
export function parkedAtWait(run: StoredRun): boolean {
  return run?.state === TransactionState.INVOKING && stepStatus(run, WAIT_STEP) === TransactionStepStatus.WAITING
}

/**
 * Whether the stored run began its first offer and never ended it: the
 * engine marks a step waiting before running it, so a process killed inside
 * the offer leaves it so, and the engine, resuming, waits on it for ever.
 */
export function cutShortInFirstOffer(run: StoredRun): boolean {
  return run?.state === TransactionState.INVOKING && stepStatus(run, OFFER_STEP) === TransactionStepStatus.WAITING
}
