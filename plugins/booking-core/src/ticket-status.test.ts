import { ticketAfter, type TicketEvent, type TicketStatus } from "./ticket-status"

describe("ticketAfter", () => {
  it.each<[TicketStatus, TicketEvent, TicketStatus | null]>([
    ["open", "staff_reply", "awaiting_customer"],
    ["awaiting_customer", "customer_message", "open"],
    ["resolved", "customer_message", "open"],
    ["resolved", "staff_reply", "resolved"],
    ["open", "resolve", "resolved"],
    ["resolved", "resolve", null],
    ["awaiting_customer", "close", "closed"],
    ["closed", "customer_message", null],
    ["closed", "staff_reply", null],
    ["closed", "close", null],
    ["closed", "staff_note", "closed"],
    ["open", "staff_note", "open"],
  ])("%s + %s → %s", (status, event, expected) => {
    expect(ticketAfter(status, event)).toBe(expected)
  })
})
