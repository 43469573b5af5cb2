import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { phoneOnlyEmail } from "@doorstep/accounts/lib/verified-identity"
import { submitBeauticianApplication } from "../../../lib/beautician-applications"
import { DocumentsChangedError, MERCHANT_MODULE, type ApplicationDocumentKind, type MerchantModuleService } from "../../../modules/merchant"
import { applicantOf, type Applicant } from "../applicant"
import type { ApplicantApplicationBody } from "./validators"

const merchantsOf = (req: AuthenticatedMedusaRequest) => req.scope.resolve<MerchantModuleService>(MERCHANT_MODULE)

const UNKNOWN_DOCUMENT = (field: string) => new DomainError(400, "UNKNOWN_DOCUMENT", "照片无效，请重新上传 · That photo is not one you uploaded for this; upload it again", field)

/** Where the person stands: the beautician their sign-in is linked to, and that beautician's newest application. */
async function standing(req: AuthenticatedMedusaRequest, applicant: Applicant) {
  if (!applicant.beauticianId) return { beautician: null, application: null }
  const [beautician] = await req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({ id: applicant.beauticianId }, { select: ["id", "status"] })
  const [application] = await merchantsOf(req).listBeauticianApplications({ beautician_id: applicant.beauticianId }, { order: { created_at: "DESC" }, take: 1 })
  return { beautician: beautician ?? null, application: application ?? null }
}

/** The application as its applicant sees it: where it stands and, once rejected, why. */
async function applicantView(req: AuthenticatedMedusaRequest, application: Awaited<ReturnType<typeof standing>>["application"]) {
  if (!application) return null
  const [studio] = await merchantsOf(req).listMerchants({ handle: application.merchant_handle }, { select: ["handle", "name"] })
  return {
    id: application.id,
    status: application.status,
    reason: application.status_reason,
    studio: { handle: application.merchant_handle, name: studio?.name ?? application.merchant_handle },
    display_name: application.display_name,
    beautician_id: application.beautician_id,
    submitted_at: application.created_at,
    updated_at: application.updated_at,
  }
}

/**
 * GET /pro/application — where the signed-in person's application stands:
 * `submitted` or `merchant_approved` (pending), `approved` (sign in again, or
 * refresh the token, to work), `rejected` with the reason; null before they
 * apply. `beautician` is who their sign-in is linked to, if anyone.
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { beautician, application } = await standing(req, await applicantOf(req))
  res.json({ beautician: beautician && { id: beautician.id, status: beautician.status }, application: await applicantView(req, application) })
})

/**
 * POST /pro/application — someone who signed in by phone code applies to an
 * approved studio themselves. It becomes the studio's beautician application
 * (the same checks as when a studio puts someone forward), with the photos
 * they uploaded, and their sign-in is linked to the new, pending beautician.
 * Once per person: 409 `ALREADY_APPLIED` while an application is live or
 * they work as a beautician already; a rejected person may apply again.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { background_check_consent: _consent, merchant_handle, district, email, id_document_ids, certificates, ...person } = validated<ApplicantApplicationBody>(req)
  const applicant = await applicantOf(req)
  const phone = applicant.phone
  if (!phone) throw new DomainError(403, "PHONE_NOT_VERIFIED", "请先用手机验证码登录 · Sign in with a code texted to your phone first")
  const merchants = merchantsOf(req)
  const [merchant] = await merchants.listMerchants({ handle: merchant_handle, status: "approved" })
  if (!merchant) throw new DomainError(400, "UNKNOWN_STUDIO", "这家门店暂不接受申请 · That studio does not take applications", "merchant_handle")
  const documents: Array<{ id: string; kind: ApplicationDocumentKind; field: string }> = [
    ...id_document_ids.map((id, i) => ({ id, kind: "id_card" as const, field: `id_document_ids.${i}` })),
    ...certificates.map((certificate, i) => ({ id: certificate.document_id, kind: "certificate" as const, field: `certificates.${i}.document_id` })),
  ]
  const loose = await merchants.listApplicationDocuments({ id: documents.map((d) => d.id), auth_identity_id: applicant.authIdentityId, application_id: null }, { select: ["id", "kind"] })
  const missing = documents.find((d) => !loose.some((l) => l.id === d.id && l.kind === d.kind))
  if (missing) throw UNKNOWN_DOCUMENT(missing.field)

  const application = await req.scope.resolve(Modules.LOCKING).execute(`doorstep.beautician-applicant:${applicant.authIdentityId}`, async () => {
    // Read again under the lock: of two applications sent at once by one person, the second finds the first.
    const now = await standing(req, await applicantOf(req))
    if (now.beautician && (now.beautician.status !== "pending" || now.application?.status !== "rejected")) {
      throw new DomainError(409, "ALREADY_APPLIED", now.beautician.status === "pending" ? "你已提交过申请 · You have applied already" : "你已是美容师 · You work as a beautician already")
    }
    const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(applicant.authIdentityId)
    return await submitBeauticianApplication(
      req.scope,
      merchant,
      { ...person, certificates: certificates.map(({ name, document_id }) => ({ name, document_id })), email: email ?? phoneOnlyEmail(phone), phone, home_district: district },
      async (created) => {
        await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...identity.app_metadata, beautician_id: created.beautician_id } })
        try {
          await merchants.attachApplicationDocuments({ auth_identity_id: applicant.authIdentityId, application_id: created.id, documents: documents.map(({ id, kind }) => ({ id, kind })) })
        } catch (error) {
          await auth.updateAuthIdentities({ id: identity.id, app_metadata: identity.app_metadata ?? {} })
          if (error instanceof DocumentsChangedError) throw UNKNOWN_DOCUMENT("id_document_ids")
          throw error
        }
      },
    )
  })
  res.status(201).json({ application: await applicantView(req, application) })
})
