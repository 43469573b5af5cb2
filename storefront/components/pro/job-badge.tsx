import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import type { ProJob } from "@/lib/pro/day"

const TONE: Record<ProJob["status"], "wait" | "good" | "done" | "off"> = {
  assigned: "wait",
  en_route: "good",
  arrived: "good",
  in_service: "good",
  completed: "done",
  no_show: "off",
}

/** Where a job stands, in the beautician's words (the next thing to do, or how it ended). */
export function JobBadge({ locale, status }: { locale: Locale; status: ProJob["status"] }) {
  return <span className={`badge badge-${TONE[status]}`}>{messagesFor(locale).jobStatus[status]}</span>
}
