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

/**
 * Besides that cap, how many tickets a customer may open, and how many replies
 * they may write, within any hour: closing tickets does not reopen the flood gate.
 */
export const TICKET_RATE = { windowSeconds: 3600, tickets: 10, replies: 30 } as const

/**
 * Seconds until one more write fits `limit` writes per `windowSeconds`, given
 * when the earlier ones were made (any order; those before the window count
 * no more, and one stamped a moment after `now` — a parallel request that
 * read the clock later but got the lock first — counts), or 0 when it fits now.
 */
export function secondsUntilAllowed(writes: Date[], limit: number, windowSeconds: number, now: Date): number {
  const windowMs = windowSeconds * 1000
  const inWindow = writes.map((at) => at.getTime()).filter((at) => at > now.getTime() - windowMs).sort((a, b) => b - a)
  if (inWindow.length < limit) return 0
  // Once the `limit`-th latest write leaves the window, one fewer than `limit` are left.
  return Math.max(1, Math.ceil((inWindow[limit - 1] + windowMs - now.getTime()) / 1000))
}
