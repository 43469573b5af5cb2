import { model } from "@medusajs/framework/utils"
import { Beautician } from "./beautician"

/**
 * One local date on which the beautician works other hours than the week says
 * (a holiday, a late shift): its windows replace that weekday's; none means a day off.
 */
export const DateOverride = model
  .define("date_override", {
    id: model.id({ prefix: "wdo" }).primaryKey(),
    /** "YYYY-MM-DD" in the beautician's zone. */
    date: model.text(),
    /** `[{ start: "HH:mm", end: "HH:mm" }]`; an end at or before the start ends on the next day. */
    windows: model.json(),
    beautician: model.belongsTo(() => Beautician, { mappedBy: "date_overrides" }),
  })
  .indexes([{ on: ["beautician_id", "date"], unique: true, where: "deleted_at IS NULL" }])
