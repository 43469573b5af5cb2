import { model } from "@medusajs/framework/utils"

/**
 * One graded submission of an exam by a beautician: append-only (never
 * changed or removed), so trainers' figures and cooldowns read history as it
 * happened. `retry_at` is when a failed attempt lets them try again (the
 * exam's cooldown as it was then); null for a pass.
 */
export const ExamAttempt = model.define("exam_attempt", {
  id: model.id({ prefix: "exat" }).primaryKey(),
  beautician_id: model.text(),
  exam_document_id: model.text(),
  course_document_id: model.text(),
  /** The product handle the course certifies. */
  skill: model.text(),
  locale: model.text(),
  answers: model.json(),
  score: model.number(),
  passed: model.boolean(),
  retry_at: model.dateTime().nullable(),
})
