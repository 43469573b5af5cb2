/** Each status's colour on the calendar: white text on each keeps AA contrast; called-off ones are grey. */
export const CALENDAR_COLORS: Record<string, string> = {
  held: "#6b7280",
  confirmed: "#b45309",
  assigned: "#1d4ed8",
  en_route: "#0e7490",
  arrived: "#6d28d9",
  in_service: "#7e22ce",
  completed: "#15803d",
  no_show: "#b91c1c",
  cancelled: "#6b7280",
  expired: "#6b7280",
}

/** What the calendar shows unless asked for the cancelled too: booked, under way or done. */
export const SHOWN_STATUSES = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "no_show"] as const
