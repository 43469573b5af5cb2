import type { Schemas } from "../api"

export type Promotion = Schemas["StaffPromotion"]
export const PROMOTION_STATES = ["active", "scheduled", "expired", "used_up", "inactive"] as const
