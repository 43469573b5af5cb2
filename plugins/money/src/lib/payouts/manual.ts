import { PayoutError, type PayoutProvider, type PayoutRequest, type PayoutResult } from "./provider"

/**
 * Today's way: the platform's finance pays by bank transfer and records its
 * reference. One transfer pays one withdrawal: a reference already recorded
 * for another is refused (a pasted reference twice is a mistake, not a second
 * payment).
 */
export class ManualPayoutProvider implements PayoutProvider {
  readonly id = "manual"
  readonly needsReference = true

  constructor(private readonly paidWith: (reference: string) => Promise<string | null>) {}

  async transfer({ withdrawal, reference }: PayoutRequest): Promise<PayoutResult> {
    if (!reference) throw new PayoutError("REFERENCE_REQUIRED", "A manual transfer is recorded with the bank's reference")
    const other = await this.paidWith(reference)
    if (other && other !== withdrawal.id) throw new PayoutError("REFERENCE_IN_USE", `The transfer ${reference} already paid withdrawal ${other}`)
    return { reference, status: "paid" }
  }
}
