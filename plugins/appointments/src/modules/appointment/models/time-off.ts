import { model } from "@medusajs/framework/utils"
import { Beautician } from "./beautician"

/** An absence, as UTC instants `[starts_at, ends_at)`. */
export const TimeOff = model.define("time_off", {
  id: model.id({ prefix: "toff" }).primaryKey(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  reason: model.text().nullable(),
  beautician: model.belongsTo(() => Beautician, { mappedBy: "time_off" }),
})
