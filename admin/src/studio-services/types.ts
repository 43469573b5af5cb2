import type { Schemas } from "../api"

export type StudioService = Schemas["StudioService"]
/** The catalogue's categories (scripts/seed/data/categories.json); the route answers UNKNOWN_CATEGORY for any other. */
export const CATEGORIES = ["facial", "hair", "nails", "massage"] as const

export const titleIn = (text: { "zh-CN": string; en: string | null } | null | undefined, locale: string) => (text ? (locale === "en" && text.en) || text["zh-CN"] : "")
