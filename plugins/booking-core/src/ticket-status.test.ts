import { secondsUntilAllowed, ticketAfter, type TicketEvent, type TicketStatus } from "./ticket-status"

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

describe("secondsUntilAllowed", () => {
  const now = new Date("2026-12-04T12:00:00Z")
  const minutesAgo = (...minutes: number[]) => minutes.map((m) => new Date(now.getTime() - m * 60_000))

  it.each<[string, Date[], number]>([
    ["nothing written yet: now", [], 0],
    ["two of three used: now", minutesAgo(5, 50), 0],
    ["three of three: the oldest leaves the hour in 10 minutes", minutesAgo(5, 20, 50), 600],
    ["order does not matter: still 10 minutes", minutesAgo(50, 5, 20), 600],
    ["four in the hour: the 3rd latest must leave, in 40 minutes", minutesAgo(1, 5, 20, 50), 2400],
    ["older writes count no more: now", minutesAgo(5, 20, 60, 90), 0],
    ["three at this very instant: in an hour", minutesAgo(0, 0, 0), 3600],
    ["one stamped just after now (a parallel request) counts", [new Date(now.getTime() + 50), ...minutesAgo(5, 20)], 2400],
    ["a fraction of a second left is a whole second", [new Date(now.getTime() - 3_599_500), ...minutesAgo(1, 2)], 1],
  ])("%s", (_, writes, expected) => {
    expect(secondsUntilAllowed(writes, 3, 3600, now)).toBe(expected)
  })
})
