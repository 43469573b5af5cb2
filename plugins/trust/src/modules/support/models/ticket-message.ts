import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"

/** One message in a ticket's thread. Internal notes are between staff and never shown to the customer. */
export const TicketMessage = model.define("ticket_message", {
  id: model.id({ prefix: "tmsg" }).primaryKey(),
  author_type: model.enum(["customer", "staff"]),
  author_id: model.text(),
  body: model.text(),
  photos: model.json(),
  internal: model.boolean().default(false),
  ticket: model.belongsTo(() => Ticket, { mappedBy: "messages" }),
})
