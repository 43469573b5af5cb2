import type { Appointment } from "@/lib/booking"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"

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
