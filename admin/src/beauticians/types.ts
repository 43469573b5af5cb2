import type { Schemas } from "../api"

export type Beautician = Schemas["StudioBeautician"]
export type Performance = Schemas["BeauticianPerformance"]
export type WeeklyWindow = Schemas["BeauticianWorkingHours"]["weekly"][number]
export type DateOverride = Schemas["BeauticianDateOverrides"]["overrides"][number]
export type TimeOff = Schemas["BeauticianTimeOff"]

export const BEAUTICIAN_STATUSES = ["pending", "active", "suspended"] as const
export const STATUS_COLORS = { pending: "warning", active: "success", suspended: "error" } as const

/** A share (0–1) as a whole percent, or a dash when there is nothing to count yet. */
export const percent = (share: number | null | undefined) => (share === null || share === undefined ? "—" : `${Math.round(share * 100)}%`)
