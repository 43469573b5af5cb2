import crypto from "node:crypto"
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { CONTENT_MODULE, type ContentModuleService } from "../modules/content"
import { callCmsUpload, CmsRefusedFileError, CmsUnavailableError } from "./cms-client"
import { imageKind } from "./images"

export interface StoredPhoto {
  url: string
  thumbnail_url: string
  mime: string
}

const TYPE_NAMES: Record<string, string> = { "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "image/heic": "HEIC" }

/**
 * Stores the request's one photo (multer's `file`, size already limited) in
 * the cms's media library — local or S3, with its smaller renditions — and
 * records who uploaded it (`req.auth_context`). Anything that is no photo of
 * the `accepted` types, known by its bytes, is refused before anything is
 * written. The file is named `prefix` and random characters: a public URL
 * never names the person.
 */
export async function storePhoto(req: AuthenticatedMedusaRequest, options: { prefix: string; accepted: readonly string[] }): Promise<StoredPhoto> {
  const file = (req as AuthenticatedMedusaRequest & { file?: { buffer: Buffer } }).file
  if (!file) throw new DomainError(400, "FILE_REQUIRED", "请选择一张照片 · Choose a photo to upload", "file")
  const kind = imageKind(file.buffer, options.accepted)
  if (!kind) {
    const names = options.accepted.map((type) => TYPE_NAMES[type] ?? type)
    throw new DomainError(400, "UNSUPPORTED_FILE", `只能上传 ${names.join("、")} 照片 · Only ${names.join(", ")} photos`, "file")
  }
  const content = req.scope.resolve<ContentModuleService>(CONTENT_MODULE)
  if (!content.cms) throw new DomainError(503, "CMS_UNAVAILABLE", "照片存储暂不可用 · Photo storage is not available now")
  const name = `${options.prefix}-${crypto.randomBytes(6).toString("hex")}.${kind.extension}`
  let stored
  try {
    stored = await callCmsUpload(content.cms, { name, type: kind.type, content: file.buffer })
  } catch (error) {
    if (error instanceof CmsRefusedFileError) throw new DomainError(400, "FILE_TOO_LARGE", "照片超过了照片存储的大小限制 · The photo store takes smaller photos than this", "file")
    if (error instanceof CmsUnavailableError) throw new DomainError(503, "CMS_UNAVAILABLE", "照片存储暂不可用，请稍后再试 · Photo storage is not available now; try again shortly")
    throw error
  }
  const absolute = (url: string) => new URL(url, content.mediaUrl!).toString()
  const photo = { url: absolute(stored.url), thumbnail_url: absolute(stored.formats?.small?.url ?? stored.formats?.thumbnail?.url ?? stored.url), mime: kind.type }
  await content.createMediaUploads({ owner_type: req.auth_context.actor_type, owner_id: req.auth_context.actor_id, ...photo, size_bytes: file.buffer.length })
  return photo
}
