import { ManualPayoutProvider } from "./manual"
import { PayoutConfigError, type PayoutProvider } from "./provider"

export * from "./provider"

export const PAYOUT_PROVIDERS = ["manual"] as const

/**
 * The provider named by `DOORSTEP_PAYOUT_PROVIDER` (the plugin's
 * `payoutProvider` option): `manual` unless set. An unknown name stops the
 * server at start rather than at the first payout.
 */
export function payoutProviderNamed(name: string | undefined, deps: { paidWith: (reference: string) => Promise<string | null> }): PayoutProvider {
  switch (name ?? "manual") {
    case "manual":
      return new ManualPayoutProvider(deps.paidWith)
    default:
      throw new PayoutConfigError(`@doorstep/money: no payout provider "${name}"; choose one of ${PAYOUT_PROVIDERS.join(", ")}`)
  }
}
