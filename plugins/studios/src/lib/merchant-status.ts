/**
 * A merchant's way onto the platform: a studio applies (`draft`), hands in its
 * documents and submits them (`pending_review`); the platform approves or
 * rejects with a reason; a rejected studio may mend and submit again; an
 * approved one may be suspended and reinstated.
 */
export const MERCHANT_STATUSES = ["draft", "pending_review", "approved", "rejected", "suspended"] as const
export type MerchantStatus = (typeof MERCHANT_STATUSES)[number]

const NEXT: Record<MerchantStatus, readonly MerchantStatus[]> = {
  draft: ["pending_review"],
  pending_review: ["approved", "rejected"],
  rejected: ["pending_review"],
  approved: ["suspended"],
  suspended: ["approved"],
}

export const canBecome = (from: MerchantStatus, to: MerchantStatus) => NEXT[from].includes(to)

/** Documents may be changed until the platform has approved them. */
export const documentsEditable = (status: MerchantStatus) => status === "draft" || status === "rejected"
