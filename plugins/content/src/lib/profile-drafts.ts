import type { MedusaContainer } from "@medusajs/framework/types"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { callCms, CmsUnavailableError, type CmsConnection } from "./cms-client"
import { plainText, type Locale } from "./indexed-types"
import { syncBeauticianProfile } from "./profiles"

interface CmsMedia {
  url: string
  formats?: Record<string, { url: string } | undefined> | null
}

interface CmsProfile {
  documentId: string
  display_name: string | null
  bio: Parameters<typeof plainText>[0]
  specialties?: Array<{ name: string }> | null
  avatar?: CmsMedia | null
  gallery?: CmsMedia[] | null
  updatedAt: string
}

export interface ProfilePhoto {
  url: string
  thumbnail_url: string
}

/** One version of a beautician's profile as they edit it: plain text, names, photos. */
export interface ProfileVersion {
  display_name: string | null
  bio: string
  specialties: string[]
  avatar: ProfilePhoto | null
  gallery: ProfilePhoto[]
  updated_at: string
}

export interface OwnProfile {
  document_id: string | null
  locale: Locale
  /** What the public sees: the published version, or null before the first publish. */
  live: ProfileVersion | null
  /** A change waiting for the content reviewer: the draft, when it differs from what is live. */
  pending: ProfileVersion | null
}

export interface ProfileChange {
  locale: Locale
  bio: string
  specialties: string[]
  avatar_url: string | null
  gallery_urls: string[]
}

const POPULATE = "populate[0]=avatar&populate[1]=gallery&populate[2]=specialties"

function version(entry: CmsProfile, mediaUrl: string): ProfileVersion {
  const absolute = (url: string) => new URL(url, mediaUrl).toString()
  const photo = (media: CmsMedia): ProfilePhoto => ({ url: absolute(media.url), thumbnail_url: absolute(media.formats?.small?.url ?? media.formats?.thumbnail?.url ?? media.url) })
  return {
    display_name: entry.display_name,
    bio: plainText(entry.bio),
    specialties: (entry.specialties ?? []).map((specialty) => specialty.name),
    avatar: entry.avatar?.url ? photo(entry.avatar) : null,
    gallery: (entry.gallery ?? []).map(photo),
    updated_at: entry.updatedAt,
  }
}

/** What a reader of the profile would notice: the words and the photos (not when it was saved). */
const content = (profile: ProfileVersion | null) =>
  profile && JSON.stringify([profile.bio, profile.specialties, profile.avatar?.url ?? null, profile.gallery.map((photo) => photo.url)])
const isBlank = (profile: ProfileVersion) => !profile.bio && profile.specialties.length === 0 && !profile.avatar && profile.gallery.length === 0

/** The beautician's profile in one language: live (published) and the change waiting for review (the draft), read with commerce's token. */
export async function readOwnProfile(cms: CmsConnection, mediaUrl: string, beauticianId: string, locale: Locale): Promise<OwnProfile> {
  const read = async (status: "draft" | "published") => {
    const path = `/api/beautician-profiles?status=${status}&locale=${locale}&filters[beautician_id][$eq]=${encodeURIComponent(beauticianId)}&${POPULATE}`
    const answer = await callCms<{ data: CmsProfile[] }>(cms, "GET", path)
    if (answer.status !== 200) throw new CmsUnavailableError(`cms GET ${path}: ${answer.status}`)
    return answer.body.data[0] ?? null
  }
  const [draft, published] = await Promise.all([read("draft"), read("published")])
  const live = published && version(published, mediaUrl)
  const drafted = draft && version(draft, mediaUrl)
  const pending = drafted && content(drafted) !== content(live) && !(live === null && isBlank(drafted)) ? drafted : null
  return { document_id: (draft ?? published)?.documentId ?? null, locale, live, pending }
}

/**
 * Writes the beautician's change as the draft of their profile in that
 * language (the cms refuses photos that are neither theirs nor on the
 * profile, writing nothing). A beautician without a profile yet gets one
 * first, as the profile sync makes it.
 */
export async function writeOwnProfileDraft(container: MedusaContainer, cms: CmsConnection, beauticianId: string, change: ProfileChange): Promise<void> {
  const write = () =>
    callCms<{ error?: { code?: string; message?: string; details?: { field?: string } } }>(cms, "PUT", `/api/beautician-profiles/draft/${encodeURIComponent(beauticianId)}?locale=${change.locale}`, {
      data: { bio: change.bio, specialties: change.specialties, avatar: change.avatar_url, gallery: change.gallery_urls },
    })
  let answer = await write()
  if (answer.status === 404 && answer.body?.error?.code === "PROFILE_NOT_FOUND") {
    if (!(await syncBeauticianProfile(container, cms, beauticianId))) throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", "没有找到您的美容师资料 · No beautician account of yours")
    answer = await write()
  }
  if (answer.status === 200) return
  const error = answer.body?.error
  if (answer.status === 400 && error?.code === "UNKNOWN_PHOTO") {
    throw new DomainError(400, "UNKNOWN_PHOTO", "照片需先通过上传添加 · Add photos by uploading them first", error.details?.field)
  }
  if (answer.status === 400 && error?.code === "INVALID_INPUT") throw new DomainError(400, "INVALID_INPUT", error.message ?? "Invalid profile", error.details?.field)
  throw new CmsUnavailableError(`cms refused the profile draft of ${beauticianId}: ${answer.status} ${JSON.stringify(answer.body)}`)
}
