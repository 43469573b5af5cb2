import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { MAX_OPEN_TICKETS, secondsUntilAllowed, TICKET_RATE, ticketAfter, type TicketEvent, type TicketKind, type TicketStatus } from "@doorstep/booking-core"
import { Ticket } from "./models/ticket"
import { TicketMessage } from "./models/ticket-message"

type SqlManager = { execute<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T[]> }

export interface TicketRow {
  id: string
  customer_id: string
  kind: TicketKind
  subject: string
  status: TicketStatus
  appointment_id: string | null
  merchant_handle: string | null
  beautician_id: string | null
  last_message_at: Date
  created_at: Date
}

/** Whose tickets a caller may touch: one customer's, one studio's, or (support) all. */
export type TicketScope = { customer_id: string } | { merchant_handle: string } | { all: true }

/** Why a ticket change was refused; nothing was written. */
export type TicketRefusal = "NOT_FOUND" | "TICKET_CLOSED" | "INVALID_TRANSITION" | "TOO_MANY_OPEN_TICKETS" | "TOO_MANY_TICKETS"

/** A refusal; `TOO_MANY_TICKETS` says when one more will fit. */
export type TicketRefused = { refused: TicketRefusal; retryAfterSeconds?: number }

/** One customer's writes are counted under this lock, so a burst of requests cannot slip past a limit. */
const customerLock = (manager: SqlManager, customerId: string) => manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.tickets:${customerId}`])

/** Seconds until the customer may write one more of what `sql` selects the times of (bound to the customer and the window's start), or 0. */
async function rateWait(manager: SqlManager, sql: string, customerId: string, limit: number, now: Date): Promise<number> {
  const since = new Date(now.getTime() - TICKET_RATE.windowSeconds * 1000)
  const rows = await manager.execute<{ at: Date }>(sql, [customerId, since])
  return secondsUntilAllowed(rows.map((row) => new Date(row.at)), limit, TICKET_RATE.windowSeconds, now)
}

const inScope = (ticket: TicketRow, scope: TicketScope) =>
  "all" in scope ? true : "customer_id" in scope ? ticket.customer_id === scope.customer_id : ticket.merchant_handle === scope.merchant_handle

async function insertMessage(manager: SqlManager, message: { ticket_id: string; author_type: "customer" | "staff"; author_id: string; body: string; photos: string[]; internal: boolean; at: Date }) {
  await manager.execute(`insert into "ticket_message" ("id", "ticket_id", "author_type", "author_id", "body", "photos", "internal", "created_at") values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)`, [
    generateEntityId(undefined, "tmsg"),
    message.ticket_id,
    message.author_type,
    message.author_id,
    message.body,
    JSON.stringify(message.photos),
    message.internal,
    message.at,
  ])
}

export default class SupportModuleService extends MedusaService({ Ticket, TicketMessage }) {
  /**
   * Opens a ticket with its first message at `now`, unless the customer already
   * has `MAX_OPEN_TICKETS` unfinished ones, or opened `TICKET_RATE.tickets` in
   * the last hour (counted under a per-customer lock, so a burst of requests
   * cannot slip past).
   */
  @InjectTransactionManager()
  async openTicket(
    input: { customer_id: string; kind: TicketKind; subject: string; body: string; photos: string[]; appointment_id: string | null; merchant_handle: string | null; beautician_id: string | null; now: Date },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<{ ticket: TicketRow } | TicketRefused> {
    const manager = sharedContext.transactionManager as SqlManager
    await customerLock(manager, input.customer_id)
    const [{ count }] = await manager.execute<{ count: string }>(
      `select count(*) as "count" from "ticket" where "customer_id" = ? and "status" <> 'closed' and "deleted_at" is null`,
      [input.customer_id],
    )
    if (Number(count) >= MAX_OPEN_TICKETS) return { refused: "TOO_MANY_OPEN_TICKETS" }
    const wait = await rateWait(manager, `select "created_at" as "at" from "ticket" where "customer_id" = ? and "created_at" > ?`, input.customer_id, TICKET_RATE.tickets, input.now)
    if (wait > 0) return { refused: "TOO_MANY_TICKETS", retryAfterSeconds: wait }
    const [ticket] = await manager.execute<TicketRow>(
      `insert into "ticket" ("id", "customer_id", "kind", "subject", "appointment_id", "merchant_handle", "beautician_id", "last_message_at", "created_at")
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
      [generateEntityId(undefined, "tkt"), input.customer_id, input.kind, input.subject, input.appointment_id, input.merchant_handle, input.beautician_id, input.now, input.now],
    )
    await insertMessage(manager, { ticket_id: ticket.id, author_type: "customer", author_id: input.customer_id, body: input.body, photos: input.photos, internal: false, at: input.now })
    return { ticket }
  }

  /**
   * One event on a ticket the caller may see: the message (if any) is added
   * and the status moves as `ticketAfter` says, under the ticket's row lock,
   * so two replies at once each see the other's status. A customer may write
   * `TICKET_RATE.replies` replies an hour over all their tickets (counted under
   * their lock, taken before the ticket's).
   */
  @InjectTransactionManager()
  async actOnTicket(
    input: {
      id: string
      scope: TicketScope
      event: TicketEvent
      author: { type: "customer" | "staff"; id: string }
      message?: { body: string; photos: string[] }
      now: Date
    },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<{ ticket: TicketRow } | TicketRefused> {
    const manager = sharedContext.transactionManager as SqlManager
    const customerReply = input.event === "customer_message" && "customer_id" in input.scope
    if (customerReply) await customerLock(manager, (input.scope as { customer_id: string }).customer_id)
    const [ticket] = await manager.execute<TicketRow>(`select * from "ticket" where "id" = ? and "deleted_at" is null for update`, [input.id])
    if (!ticket || !inScope(ticket, input.scope)) return { refused: "NOT_FOUND" }
    const next = ticketAfter(ticket.status, input.event)
    if (!next) return { refused: ticket.status === "closed" ? "TICKET_CLOSED" : "INVALID_TRANSITION" }
    if (customerReply) {
      // Replies only: a ticket's first message is written with it, at the same instant.
      const wait = await rateWait(
        manager,
        `select "m"."created_at" as "at" from "ticket_message" "m" join "ticket" "t" on "t"."id" = "m"."ticket_id"
          where "t"."customer_id" = ? and "m"."author_type" = 'customer' and "m"."created_at" > ? and "m"."created_at" > "t"."created_at"`,
        ticket.customer_id,
        TICKET_RATE.replies,
        input.now,
      )
      if (wait > 0) return { refused: "TOO_MANY_TICKETS", retryAfterSeconds: wait }
    }
    if (input.message) {
      await insertMessage(manager, { ticket_id: ticket.id, author_type: input.author.type, author_id: input.author.id, ...input.message, internal: input.event === "staff_note", at: input.now })
    }
    const [moved] = await manager.execute<TicketRow>(
      `update "ticket" set "status" = ?, "last_message_at" = case when ? then ? else "last_message_at" end, "updated_at" = now() where "id" = ? returning *`,
      [next, Boolean(input.message), input.now, ticket.id],
    )
    return { ticket: moved }
  }

  /** A ticket the caller may see, with its thread (internal notes only for staff), or null. */
  @InjectTransactionManager()
  async ticketThread(input: { id: string; scope: TicketScope; withInternal: boolean }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlManager
    const [ticket] = await manager.execute<TicketRow>(`select * from "ticket" where "id" = ? and "deleted_at" is null`, [input.id])
    if (!ticket || !inScope(ticket, input.scope)) return null
    const messages = await manager.execute(
      `select "id", "author_type", "body", "photos", "internal", "created_at" from "ticket_message"
        where "ticket_id" = ? and "deleted_at" is null ${input.withInternal ? "" : `and "internal" = false`} order by "created_at", "id"`,
      [ticket.id],
    )
    return { ticket, messages }
  }
}
