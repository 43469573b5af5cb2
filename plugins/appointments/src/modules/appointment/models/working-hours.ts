import { model } from "@medusajs/framework/utils"
import { Beautician } from "./beautician"

/** One recurring window in the beautician's own zone; several make a day, breaks are the gaps. */
export const WorkingHours = model.define("working_hours", {
  id: model.id({ prefix: "wh" }).primaryKey(),
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: model.number(),
  /** "HH:mm"; an end at or before the start ends on the next day. */
  start_time: model.text(),
  end_time: model.text(),
  beautician: model.belongsTo(() => Beautician, { mappedBy: "working_hours" }),
})
