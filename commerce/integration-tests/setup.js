const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
const runnerWaits = require("@medusajs/test-utils/dist/medusa-test-runner-utils/wait-workflow-executions")
const { Modules } = require("@medusajs/framework/utils")

MetadataStorage.clear()

/**
 * Medusa's test runner waits after each test until no workflow is running. A
 * dispatch run is a stored long-running workflow that waits for a beautician
 * for as long as it takes; parked at that wait it is idle, so the wait here
 * passes over it (its steps before the wait are still waited for).
 */
const DISPATCH_WAIT_STEP = "_root.offer-first.await-beautician"
runnerWaits.waitWorkflowExecutions = async function waitWorkflowExecutions(container) {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE, { allowUnregistered: true })
  if (!engine) return
  const parked = (run) => run.workflow_id === "dispatch-appointment" && run.execution?.steps?.[DISPATCH_WAIT_STEP]?.invoke?.state === "invoking"
  const until = Date.now() + 60_000
  while (Date.now() < until) {
    const running = await engine.listWorkflowExecutions({ state: { $nin: ["not_started", "done", "reverted", "failed"] } })
    if (running.every(parked)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error("Timeout waiting for workflow executions to finish")
}
