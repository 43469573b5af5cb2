/**
 * A support ticket's life. The customer opens it (`open`: support's turn);
 * a public reply from support hands it back (`awaiting_customer`); support
 * marks it `resolved`; the customer's next message reopens it. Either side may
 * close it, and a closed ticket takes no more messages: the customer opens a
 * new one.
 */
export const TICKET_STATUSES = ["open", "awaiting_customer", "resolved", "closed"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const TICKET_KINDS = ["feedback", "complaint"] as const
export type TicketKind = (typeof TICKET_KINDS)[number]

/** What happens to a ticket: a message from either side, an internal note, or a decision. */
export type TicketEvent = "customer_message" | "staff_reply" | "staff_note" | "resolve" | "close"

const NEXT: Record<TicketEvent, Partial<Record<TicketStatus, TicketStatus>>> = {
  customer_message: { open: "open", awaiting_customer: "open", resolved: "open" },
  staff_reply: { open: "awaiting_customer", awaiting_customer: "awaiting_customer", resolved: "resolved" },
  staff_note: { open: "open", awaiting_customer: "awaiting_customer", resolved: "resolved", closed: "closed" },
  resolve: { open: "resolved", awaiting_customer: "resolved" },
  close: { open: "closed", awaiting_customer: "closed", resolved: "closed" },
}

/** The status after `event`, or null when the ticket takes no such event now. */
export const ticketAfter = (status: TicketStatus, event: TicketEvent): TicketStatus | null => NEXT[event][status] ?? null

/** How many unfinished tickets one customer may have at once (a guard against floods, not a quota on care). */
export const MAX_OPEN_TICKETS = 10
