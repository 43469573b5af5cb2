export const MERCHANT_STATUSES = ["pending_review", "approved", "rejected", "suspended", "draft"] as const
export const STATUS_COLORS = { pending_review: "warning", approved: "success", rejected: "error", suspended: "error", draft: "default" } as const
