import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { storePhoto } from "../../../lib/photo-upload"

/**
 * POST /pro/uploads (multipart, one `file`) — a beautician's photo for a
 * service record, stored where all media are (the cms's upload: local or S3,
 * with its smaller renditions). JPEG, PNG, WebP or HEIC up to 10 MB, known by
 * its bytes; 201 `{ file: { url, thumbnail_url, mime } }`, the url to put in
 * the job's `photos_before`/`photos_after`.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const file = await storePhoto(req, { prefix: "job", accepted: ["image/jpeg", "image/png", "image/webp", "image/heic"] })
  res.status(201).json({ file })
})
