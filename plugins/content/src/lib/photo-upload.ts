import crypto from "node:crypto"
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { CONTENT_MODULE, type ContentModuleService } from "../modules/content"
import { uploadedPhoto } from "@doorstep/appointments/api/photo-upload"
import { callCmsUpload, CmsRefusedFileError, CmsUnavailableError } from "./cms-client"

export interface StoredPhoto {
  url: string
  thumbnail_url: string
  mime: string
}

/**
 * Stores the request's one photo (multer's `file`, size already limited) in
 * the cms's media library — local or S3, with its smaller renditions — and
 * records who uploaded it (`req.auth_context`). Anything that is no photo of
 * the `accepted` types, known by its bytes, is refused before anything is
 * written. The file is named `prefix` and random characters: a public URL
 * never names the person.
 */
export async function storePhoto(req: AuthenticatedMedusaRequest, options: { prefix: string; accepted: readonly string[] }): Promise<StoredPhoto> {
  const uploaded = uploadedPhoto(req, options.accepted)
  const content = req.scope.resolve<ContentModuleService>(CONTENT_MODULE)
  if (!content.cms) throw new DomainError(503, "CMS_UNAVAILABLE", "照片存储暂不可用 · Photo storage is not available now")
  const name = `${options.prefix}-${crypto.randomBytes(6).toString("hex")}.${uploaded.extension}`
  let stored
  try {
    stored = await callCmsUpload(content.cms, { name, type: uploaded.type, content: uploaded.content })
  } catch (error) {
    if (error instanceof CmsRefusedFileError) throw new DomainError(400, "FILE_TOO_LARGE", "照片超过了照片存储的大小限制 · The photo store takes smaller photos than this", "file")
    if (error instanceof CmsUnavailableError) throw new DomainError(503, "CMS_UNAVAILABLE", "照片存储暂不可用，请稍后再试 · Photo storage is not available now; try again shortly")
    throw error
  }
  const absolute = (url: string) => new URL(url, content.mediaUrl!).toString()
  const photo = { url: absolute(stored.url), thumbnail_url: absolute(stored.formats?.small?.url ?? stored.formats?.thumbnail?.url ?? stored.url), mime: uploaded.type }
  await content.createMediaUploads({ owner_type: req.auth_context.actor_type, owner_id: req.auth_context.actor_id, ...photo, size_bytes: uploaded.content.length })
  return photo
}
