import type { MedusaContainer } from "@medusajs/framework/types"
import { DomainError } from "@doorstep/appointments/api/domain-error"

/** A review's photo: the uploaded image and its small rendition for lists. */
export interface ReviewPhoto {
  url: string
  thumbnail_url: string
}

/**
 * Who uploaded which photo is the content plugin's record (its `content`
 * module, behind `POST /store/uploads`); trust reads it by the module's name,
 * as dispatch reads reviews, so that it needs none of the content plugin's code.
 */
const MEDIA_UPLOADS = "content"

interface MediaUploads {
  listMediaUploads(filter: { owner_type: string; owner_id: string; url: string[] }, config: { select: string[] }): Promise<ReviewPhoto[]>
}

/**
 * The photos of a customer's review, each with its thumbnail — all of them
 * uploads of this customer's own, or 400 `PHOTO_NOT_YOURS` naming those that
 * are not (someone else's, or never uploaded here).
 */
export async function ownReviewPhotos(container: MedusaContainer, customerId: string, urls: readonly string[]): Promise<ReviewPhoto[]> {
  const wanted = [...new Set(urls)]
  if (wanted.length === 0) return []
  const found = container.hasRegistration(MEDIA_UPLOADS)
    ? await container.resolve<MediaUploads>(MEDIA_UPLOADS).listMediaUploads({ owner_type: "customer", owner_id: customerId, url: wanted }, { select: ["url", "thumbnail_url"] })
    : []
  const byUrl = new Map(found.map((photo) => [photo.url, photo]))
  const strangers = wanted.filter((url) => !byUrl.has(url))
  if (strangers.length > 0) {
    throw new DomainError(400, "PHOTO_NOT_YOURS", "只能附上您自己上传的照片 · A review can only show photos you uploaded", "photos", { photos: strangers })
  }
  return wanted.map((url) => ({ url, thumbnail_url: byUrl.get(url)!.thumbnail_url }))
}

/** A stored review's photos as lists show them; photos kept as bare URLs (before thumbnails were kept) are their own thumbnail. */
export const reviewPhotos = (stored: unknown): ReviewPhoto[] =>
  (Array.isArray(stored) ? stored : []).flatMap((photo): ReviewPhoto[] => {
    if (typeof photo === "string") return [{ url: photo, thumbnail_url: photo }]
    if (photo && typeof photo === "object" && typeof (photo as ReviewPhoto).url === "string") {
      const { url, thumbnail_url } = photo as ReviewPhoto
      return [{ url, thumbnail_url: typeof thumbnail_url === "string" ? thumbnail_url : url }]
    }
    return []
  })
