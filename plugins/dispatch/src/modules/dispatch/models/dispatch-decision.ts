import { model } from "@medusajs/framework/utils"

export const DISPATCH_ACTIONS = ["offered", "accepted", "declined", "expired", "queued", "withdrawn", "assigned", "late"] as const
export type DispatchAction = (typeof DISPATCH_ACTIONS)[number]

/**
 * Every dispatch decision, append-only: what happened to which appointment,
 * for which beautician, who or what decided ("system", "beautician:<id>",
 * "user:<id>") and why.
 */
export const DispatchDecision = model.define("dispatch_decision", {
  id: model.id({ prefix: "dspd" }).primaryKey(),
  appointment_id: model.text(),
  action: model.enum([...DISPATCH_ACTIONS]),
  beautician_id: model.text().nullable(),
  actor: model.text(),
  reason: model.text().nullable(),
})
