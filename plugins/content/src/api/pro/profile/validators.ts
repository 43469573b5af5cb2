import { z } from "zod"
import { LOCALES } from "../../../lib/indexed-types"

/** The same limits the cms keeps (cms/src/utils/profile-draft.ts). */
const PhotoUrl = z.string().max(2048).regex(/^https?:\/\/\S+$/, "must be a photo URL from /pro/uploads")
const unique = (items: string[]) => new Set(items).size === items.length

export const ProfileQuery = z.object({ locale: z.enum(LOCALES).default("zh-CN") }).strict()
export type ProfileQuery = z.infer<typeof ProfileQuery>

export const ProfileChangeBody = z
  .object({
    locale: z.enum(LOCALES).default("zh-CN").meta({ description: "Which language version of the profile this changes" }),
    bio: z.string().trim().max(1000).meta({ description: "Plain text; a line break starts a new paragraph" }),
    specialties: z.array(z.string().trim().min(1).max(30)).max(8).refine(unique, "must not repeat"),
    avatar_url: PhotoUrl.nullable().meta({ description: "The portrait: a URL from `POST /pro/uploads`, or the one the profile has" }),
    gallery_urls: z.array(PhotoUrl).max(9).refine(unique, "must not name a photo twice").meta({ description: "Work photos in order, as `avatar_url`" }),
  })
  .strict()
export type ProfileChangeBody = z.infer<typeof ProfileChangeBody>
