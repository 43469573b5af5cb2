import { model } from "@medusajs/framework/utils"

/**
 * A beautician's certified skill: one row per beautician and skill, renewed
 * by each pass. While `active` the product is among the beautician's skills;
 * `skill_granted` says whether this certification put it there (false when
 * their studio's approved application already held it), so expiry takes away
 * only what certification gave.
 */
export const Certification = model.define("certification", {
  id: model.id({ prefix: "cert" }).primaryKey(),
  beautician_id: model.text(),
  /** The product handle (the course's `skill`). */
  skill: model.text(),
  product_id: model.text(),
  course_document_id: model.text(),
  exam_document_id: model.text(),
  score: model.number(),
  passed_at: model.dateTime(),
  expires_at: model.dateTime(),
  status: model.enum(["active", "expired"]).default("active"),
  skill_granted: model.boolean().default(false),
  reminded_at: model.dateTime().nullable(),
})
