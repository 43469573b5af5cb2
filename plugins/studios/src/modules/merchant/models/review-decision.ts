import { model } from "@medusajs/framework/utils"

/** What the platform and studios decide on: a studio's admission, a beautician's application or suspension, a customer review's moderation, a studio's commission plan (from plan to plan, as `platform%/beautician%`). */
export const REVIEW_SUBJECTS = ["merchant", "beautician_application", "beautician", "review", "commission_plan"] as const

/** Every review decision, append-only: on what, from which status to which, who decided and why. */
export const ReviewDecision = model.define("review_decision", {
  id: model.id({ prefix: "rdec" }).primaryKey(),
  subject_type: model.enum([...REVIEW_SUBJECTS]),
  subject_id: model.text(),
  from_status: model.text(),
  to_status: model.text(),
  actor: model.text(),
  reason: model.text().nullable(),
})
