import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { uploadedPhoto } from "@doorstep/appointments/api/photo-upload"
import { validated } from "@doorstep/appointments/api/validation"
import { DocumentLimitError, LOOSE_DOCUMENTS_PER_UPLOADER, MERCHANT_MODULE, type MerchantModuleService } from "../../../../modules/merchant"
import type { ApplicationDocumentBody } from "../validators"

/**
 * POST /pro/application/documents (multipart: `file`, and `kind`: `id_card`
 * or `certificate`) — a photo for the application someone is about to hand
 * in. ID cards and certificates are personal data, so they are not put in the
 * public media store: they are kept privately and answered with an id only,
 * for `POST /pro/application`; the studio's reviewers and the platform see
 * them through the back office. At most twelve not yet handed in.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { kind } = validated<ApplicationDocumentBody>(req)
  const photo = uploadedPhoto(req)
  try {
    const document = await req.scope
      .resolve<MerchantModuleService>(MERCHANT_MODULE)
      .storeApplicationDocument({ auth_identity_id: req.auth_context.auth_identity_id, kind, mime: photo.type, content: photo.content })
    res.status(201).json({ document: { id: document.id, kind: document.kind, mime: document.mime, size_bytes: document.size_bytes } })
  } catch (error) {
    if (error instanceof DocumentLimitError) {
      throw new DomainError(409, "TOO_MANY_DOCUMENTS", `最多可上传 ${LOOSE_DOCUMENTS_PER_UPLOADER} 张未提交的照片 · At most ${LOOSE_DOCUMENTS_PER_UPLOADER} photos may wait for an application`)
    }
    throw error
  }
})
