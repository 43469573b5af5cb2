import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { callCmsUpload, CmsRefusedFileError, CmsUnavailableError } from "../../../lib/cms-client"
import { uploadedPhoto } from "@doorstep/appointments/api/photo-upload"
import { CONTENT_MODULE, type ContentModuleService } from "../../../modules/content"

/**
 * POST /pro/uploads (multipart, one `file`) — a beautician's photo for a
 * service record, stored where all media are (the cms's upload: local or S3,
 * with its smaller renditions). JPEG, PNG, WebP or HEIC up to 10 MB, known by
 * its bytes; 201 `{ file: { url, thumbnail_url, mime } }`, the url to put in
 * the job's `photos_before`/`photos_after`.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const photo = uploadedPhoto(req)
  const content = req.scope.resolve<ContentModuleService>(CONTENT_MODULE)
  if (!content.cms) throw new DomainError(503, "CMS_UNAVAILABLE", "照片存储暂不可用 · Photo storage is not available now")
  const name = `job-${req.auth_context.actor_id}-${Date.now()}.${photo.extension}`
  let stored
  try {
    stored = await callCmsUpload(content.cms, { name, type: photo.type, content: photo.content })
  } catch (error) {
    if (error instanceof CmsRefusedFileError) throw new DomainError(400, "FILE_TOO_LARGE", "照片超过了照片存储的大小限制 · The photo store takes smaller photos than this", "file")
    if (error instanceof CmsUnavailableError) throw new DomainError(503, "CMS_UNAVAILABLE", "照片存储暂不可用，请稍后再试 · Photo storage is not available now; try again shortly")
    throw error
  }
  const absolute = (url: string) => new URL(url, content.mediaUrl!).toString()
  res.status(201).json({ file: { url: absolute(stored.url), thumbnail_url: absolute(stored.formats?.small?.url ?? stored.formats?.thumbnail?.url ?? stored.url), mime: photo.type } })
})
