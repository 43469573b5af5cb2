import { model } from "@medusajs/framework/utils"

/**
 * One read of personal data by a back-office user (C11): who, in what role
 * and studio, which route and which record. Append-only: a trigger refuses
 * changes and deletions.
 */
export const PersonalDataAccess = model.define("personal_data_access", {
  id: model.id({ prefix: "pda" }).primaryKey(),
  actor_id: model.text(),
  role: model.text().nullable(),
  merchant_handle: model.text().nullable(),
  method: model.text(),
  route: model.text(),
  /** The record read, when the route names one (a customer, an order, a ticket…). */
  subject_id: model.text().nullable(),
  query: model.json().nullable(),
  status: model.number(),
})
