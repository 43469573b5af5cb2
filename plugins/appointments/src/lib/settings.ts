import { DEFAULT_CHANGE_POLICY, DEFAULT_SLOT_RULES, SHANGHAI_STRAIGHT_LINE, type ChangePolicy, type SlotRules, type StraightLineConfig } from "@doorstep/booking-core"

/** How booking behaves; every field can be set in the plugin's options in medusa-config.ts. */
export interface BookingSettings {
  /** The zone of the slot grid and of dates in queries (the city served). */
  timezone: string
  slots: SlotRules
  travel: StraightLineConfig
  holdMinutes: number
  /** How many unpaid holds a customer may have at once: each blocks a beautician's time until it lapses. */
  liveHoldsPerCustomer: number
  /** How many beauticians availability names for each start, nearest first. */
  beauticiansPerSlot: number
  policy: ChangePolicy
}

export type BookingSettingsOptions = Partial<Omit<BookingSettings, "slots" | "travel">> & {
  slots?: Partial<SlotRules>
  travel?: Partial<StraightLineConfig>
}

export function bookingSettings(options: BookingSettingsOptions = {}): BookingSettings {
  return {
    timezone: options.timezone ?? "Asia/Shanghai",
    slots: { ...DEFAULT_SLOT_RULES, ...options.slots },
    travel: { ...SHANGHAI_STRAIGHT_LINE, ...options.travel },
    holdMinutes: options.holdMinutes ?? 10,
    liveHoldsPerCustomer: options.liveHoldsPerCustomer ?? 5,
    beauticiansPerSlot: options.beauticiansPerSlot ?? 10,
    policy: options.policy ?? DEFAULT_CHANGE_POLICY,
  }
}
