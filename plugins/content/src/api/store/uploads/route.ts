import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { BROWSER_IMAGE_TYPES } from "@doorstep/appointments/lib/images"
import { storePhoto } from "../../../lib/photo-upload"

/**
 * POST /store/uploads (multipart, one `file`) — a signed-in customer's photo,
 * for a review: JPEG, PNG or WebP (what every browser shows) up to 10 MB,
 * known by its bytes, stored in the cms's media library like every photo and
 * recorded as theirs; only they can then put its `url` in a review.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const file = await storePhoto(req, { prefix: "review", accepted: BROWSER_IMAGE_TYPES })
  res.status(201).json({ file })
})
