/**
 * The payout provider port: how a beautician's approved withdrawal is paid.
 * `manual` is the platform's finance making the bank transfer themselves and
 * recording its reference; a provider that moves the money (WeChat Pay's
 * merchant transfer, Alipay's fund transfer) implements the same call, keyed
 * by the withdrawal's id so that asking twice cannot pay twice.
 */
export interface PayoutRequest {
  withdrawal: { id: string; beautician_id: string; merchant_handle: string }
  amount_fen: number
  payee: { beautician_id: string; display_name: string }
  /** What the finance staff recorded, for a provider that takes it (`needsReference`). */
  reference: string | null
}

export interface PayoutResult {
  /** The transfer's reference at the bank or gateway, recorded on the withdrawal. */
  reference: string
  status: "paid"
}

export interface PayoutProvider {
  readonly id: string
  /** Whether the one paying must give the transfer's reference (a transfer made outside Doorstep). */
  readonly needsReference: boolean
  transfer(request: PayoutRequest): Promise<PayoutResult>
}

/** The provider did not pay; the withdrawal stays approved, with `message` kept as its payout error. */
export class PayoutError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** A payout provider named in the configuration that Doorstep does not have. */
export class PayoutConfigError extends Error {}
