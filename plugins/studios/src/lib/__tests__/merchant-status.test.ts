import { canBecome, documentsEditable, MERCHANT_STATUSES, type MerchantStatus } from "../merchant-status"

describe("a merchant's status", () => {
  const allowed: Array<[MerchantStatus, MerchantStatus]> = [
    ["draft", "pending_review"],
    ["pending_review", "approved"],
    ["pending_review", "rejected"],
    ["rejected", "pending_review"],
    ["approved", "suspended"],
    ["suspended", "approved"],
  ]
  it("moves only along the review's way", () => {
    for (const from of MERCHANT_STATUSES) {
      for (const to of MERCHANT_STATUSES) {
        expect([from, to, canBecome(from, to)]).toEqual([from, to, allowed.some(([a, b]) => a === from && b === to)])
      }
    }
  })

  it("keeps documents open to change only before approval", () => {
    expect(MERCHANT_STATUSES.filter(documentsEditable)).toEqual(["draft", "rejected"])
  })
})
