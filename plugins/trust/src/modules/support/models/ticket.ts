import { model } from "@medusajs/framework/utils"
import { TICKET_KINDS, TICKET_STATUSES } from "@doorstep/booking-core"
import { TicketMessage } from "./ticket-message"

/**
 * Feedback or a complaint from a customer, optionally about one of their
 * appointments (then the studio that did the job sees it too). The thread is
 * its messages; `status` says whose turn it is.
 */
export const Ticket = model.define("ticket", {
  id: model.id({ prefix: "tkt" }).primaryKey(),
  customer_id: model.text(),
  kind: model.enum([...TICKET_KINDS]),
  subject: model.text(),
  status: model.enum([...TICKET_STATUSES]).default("open"),
  appointment_id: model.text().nullable(),
  /** The studio of the appointment's beautician, when the ticket is about an appointment. */
  merchant_handle: model.text().nullable(),
  beautician_id: model.text().nullable(),
  last_message_at: model.dateTime(),
  messages: model.hasMany(() => TicketMessage, { mappedBy: "ticket" }),
})
