import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { serializeApplication, submitBeauticianApplication } from "../../../../../lib/beautician-applications"
import { merchantOfRoute, merchants } from "../../merchants"
import type { BeauticianApplicationBody } from "../../validators"

/**
 * POST /admin/merchants/:handle/beautician-applications — the studio puts a
 * beautician forward: identity, certificates, consent to a background check.
 * The beautician exists from now on but stays `pending` (never offered) until
 * the studio's manager and then the platform approve. One application per
 * person at a time (409 `ALREADY_APPLIED`). Their skills are the platform's
 * services or the studio's own (400 otherwise).
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { background_check_consent: _consent, ...body } = validated<BeauticianApplicationBody>(req)
  const application = await submitBeauticianApplication(req.scope, await merchantOfRoute(req), body)
  res.status(201).json({ application: serializeApplication(application as unknown as Record<string, unknown>) })
})

/**
 * GET /admin/merchants/:handle/beautician-applications — the studio's
 * applications, newest first, each with the photos its applicant uploaded
 * (read one at `.../:id/documents/:documentId`).
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  const list = await merchants(req).listBeauticianApplications({ merchant_handle: merchant.handle }, { order: { created_at: "DESC" }, take: 200 })
  const documents = list.length
    ? await merchants(req).listApplicationDocuments({ application_id: list.map((a) => a.id) }, { select: ["id", "application_id", "kind", "mime", "size_bytes"], order: { created_at: "ASC" } })
    : []
  res.json({
    applications: list.map((application) => ({
      ...serializeApplication(application as unknown as Record<string, unknown>),
      documents: documents.filter((d) => d.application_id === application.id).map(({ id, kind, mime, size_bytes }) => ({ id, kind, mime, size_bytes })),
    })),
  })
})
