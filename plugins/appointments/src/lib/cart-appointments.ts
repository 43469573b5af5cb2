/** The appointments a cart's lines are for (each line carries `metadata.appointment_id`). */
export const appointmentIdsOf = (items: Array<{ metadata?: Record<string, unknown> | null } | null> | undefined): string[] =>
  (items ?? []).map((item) => item?.metadata?.appointment_id).filter((id): id is string => typeof id === "string")
