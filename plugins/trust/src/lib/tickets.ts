import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { SUPPORT_MODULE, type SupportModuleService, type TicketRefusal, type TicketRefused, type TicketRow, type TicketScope } from "../modules/support"
import type { TicketEvent } from "@doorstep/booking-core"

export const support = (req: AuthenticatedMedusaRequest) => req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)

const REFUSALS: Record<TicketRefusal, [404 | 409 | 429, string]> = {
  NOT_FOUND: [404, "未找到该工单 · No such ticket"],
  TICKET_CLOSED: [409, "工单已关闭，如需帮助请新建工单 · The ticket is closed; open a new one for more help"],
  INVALID_TRANSITION: [409, "工单当前状态不允许此操作 · The ticket cannot do that in its status"],
  TOO_MANY_OPEN_TICKETS: [409, "您的未完结工单过多，请先等待处理 · You have too many unfinished tickets; please wait for answers"],
  TOO_MANY_TICKETS: [429, "您一小时内提交的工单或回复过多，请稍后再试 · Too many tickets or replies this hour; try again later"],
}

/** Throws the refusal as the client sees it; one that can be retried says when (`retry_after_seconds`, `Retry-After`). */
export function refused({ refused: refusal, retryAfterSeconds }: TicketRefused): never {
  const [status, message] = REFUSALS[refusal]
  throw new DomainError(status, refusal === "NOT_FOUND" ? "TICKET_NOT_FOUND" : refusal, message, undefined, retryAfterSeconds ? { retry_after_seconds: retryAfterSeconds } : undefined)
}

/** What a list shows of a ticket. */
export const ticketSummary = (ticket: TicketRow) => ({
  id: ticket.id,
  kind: ticket.kind,
  subject: ticket.subject,
  status: ticket.status,
  appointment_id: ticket.appointment_id,
  merchant_handle: ticket.merchant_handle,
  last_message_at: ticket.last_message_at,
  created_at: ticket.created_at,
})

/** Answers the ticket with its thread, as the caller may see it, or 404. */
export async function sendThread(req: AuthenticatedMedusaRequest, res: MedusaResponse, scope: TicketScope, withInternal: boolean) {
  const thread = await support(req).ticketThread({ id: req.params.id, scope, withInternal })
  if (!thread) refused({ refused: "NOT_FOUND" })
  res.json({ ticket: { ...ticketSummary(thread.ticket), customer_id: withInternal ? thread.ticket.customer_id : undefined, messages: thread.messages } })
}

/** One event on the route's ticket, within `scope`; answers the ticket or the refusal. */
export async function act(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  input: { scope: TicketScope; event: TicketEvent; author: "customer" | "staff"; message?: { body: string; photos?: string[] } },
) {
  const result = await support(req).actOnTicket({
    id: req.params.id,
    scope: input.scope,
    event: input.event,
    author: { type: input.author, id: req.auth_context.actor_id },
    message: input.message && { body: input.message.body, photos: input.message.photos ?? [] },
    now: new Date(),
  })
  if ("refused" in result) refused(result)
  res.json({ ticket: ticketSummary(result.ticket) })
}

/** Lists tickets newest first (at most 100), filtered. */
export async function listTickets(req: AuthenticatedMedusaRequest, filters: Record<string, unknown>) {
  const tickets = await support(req).listTickets(filters, { order: { last_message_at: "DESC" }, take: 100 })
  return (tickets as unknown as TicketRow[]).map(ticketSummary)
}
