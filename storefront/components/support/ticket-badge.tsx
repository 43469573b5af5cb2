import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import type { Ticket } from "@/lib/support"

const TONE: Record<Ticket["status"], "wait" | "good" | "done" | "off"> = { open: "wait", awaiting_customer: "good", resolved: "done", closed: "off" }

export function TicketBadge({ locale, status }: { locale: Locale; status: Ticket["status"] }) {
  return <span className={`badge badge-${TONE[status]}`}>{messagesFor(locale).ticketStatus[status]}</span>
}
