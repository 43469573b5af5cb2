import { DEFAULT_DISPATCH_WEIGHTS, type DispatchWeights } from "@doorstep/booking-core"

/** How dispatch offers jobs. These are the platform's, for every studio. */
export interface DispatchSettings {
  /** How long a beautician has to answer an offer. */
  offerMinutes: number
  /** Offers per appointment before it goes to the merchant's queue. */
  maxOffers: number
  /** Jobs a beautician takes in a day at most. */
  dailyCap: number
  /**
   * The batched assignment offers the appointments starting within this many
   * hours; later ones are matched every round but offered only then, so they
   * can still give way to the bookings that come in meanwhile.
   */
  batchOfferLeadHours: number
  weights: DispatchWeights
}

export const DEFAULT_DISPATCH_SETTINGS: DispatchSettings = { offerMinutes: 3, maxOffers: 3, dailyCap: 8, batchOfferLeadHours: 72, weights: DEFAULT_DISPATCH_WEIGHTS }
