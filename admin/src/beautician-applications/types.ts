import type { Schemas } from "../api"

export type Application = Schemas["BeauticianApplication"] & {
  documents?: Array<{ id: string; kind: string; mime: string; size_bytes: number }>
}

export const APPLICATION_STATUSES = ["submitted", "merchant_approved", "approved", "rejected"] as const
export const STATUS_COLORS = { submitted: "warning", merchant_approved: "info", approved: "success", rejected: "error" } as const
