import type { Appointment } from "@/lib/booking"
import { messagesFor, type Locale } from "@/lib/i18n"

const TONE: Record<Appointment["status"], "wait" | "good" | "done" | "off"> = {
  held: "wait",
  confirmed: "wait",
  assigned: "good",
  en_route: "good",
  arrived: "good",
  in_service: "good",
  completed: "done",
  cancelled: "off",
  expired: "off",
  no_show: "off",
}

export function StatusBadge({ locale, status }: { locale: Locale; status: Appointment["status"] }) {
  return <span className={`badge badge-${TONE[status]}`}>{messagesFor(locale).statusShort[status]}</span>
}
