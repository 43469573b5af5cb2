import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { storePhoto } from "../../../lib/photo-upload"
import type { UploadQuery } from "./validators"

/**
 * POST /pro/uploads?purpose=job|profile (multipart, one `file`) — a
 * beautician's photo for a service record or their profile, stored where all
 * media are (the cms's upload: local or S3, with its smaller renditions).
 * JPEG, PNG, WebP or HEIC up to 10 MB, known by its bytes; 201 `{ file: { url,
 * thumbnail_url, mime } }`, the url to put in the job's
 * `photos_before`/`photos_after` or the profile's photos. The name starts
 * with whose it is (`<purpose>-<beautician id>-<random>`): the cms takes a
 * beautician's profile photos only from their own uploads.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { purpose } = validated<UploadQuery>(req)
  const file = await storePhoto(req, { prefix: `${purpose}-${req.auth_context.actor_id}`, accepted: ["image/jpeg", "image/png", "image/webp", "image/heic"] })
  res.status(201).json({ file })
})
