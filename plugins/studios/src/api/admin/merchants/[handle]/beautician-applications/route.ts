import crypto from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { BEAUTICIAN_EVENTS } from "@doorstep/appointments/lib/beautician-events"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { Modules } from "@medusajs/framework/utils"
import { isResidentId } from "../../../../../lib/resident-id"
import { assertSkillsAllowed } from "../../../../../lib/studio-services"
import { isUniqueViolation } from "@doorstep/appointments/lib/unique-violation"
import { merchantOfRoute, merchants } from "../../merchants"
import type { BeauticianApplicationBody } from "../../validators"

const serialize = (application: Record<string, unknown>) => {
  const { id_number_hash: _hash, deleted_at: _deleted, ...shown } = application
  return shown
}

/**
 * POST /admin/merchants/:handle/beautician-applications — the studio puts a
 * beautician forward: identity, certificates, consent to a background check.
 * The beautician exists from now on but stays `pending` (never offered) until
 * the studio's manager and then the platform approve. One application per
 * person at a time (409 `ALREADY_APPLIED`). Their skills are the platform's
 * services or the studio's own (400 otherwise).
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<BeauticianApplicationBody>(req)
  if (!isResidentId(body.id_number)) throw new DomainError(400, "INVALID_ID_NUMBER", "身份证号码有误 · That is not a valid resident ID number", "id_number")
  const merchant = await merchantOfRoute(req)
  await assertSkillsAllowed(req.scope, merchant.handle, body.skill_product_ids)
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const personKey = merchants(req).personKey(body.id_number)
  if ((await merchants(req).listBeauticianApplications({ id_number_hash: personKey, status: ["submitted", "merchant_approved", "approved"] }, { select: ["id"] })).length > 0) {
    throw new DomainError(409, "ALREADY_APPLIED", "这位美容师已有申请 · This person has applied already")
  }
  const [beautician] = await appointments.createBeauticians([
    {
      handle: `${merchant.handle}-${crypto.randomBytes(4).toString("hex")}`,
      merchant_handle: merchant.handle,
      display_name: body.display_name,
      email: body.email,
      phone: body.phone,
      status: "pending",
      merchant_bookable: merchant.status === "approved",
      home_lat: body.home.lat,
      home_lng: body.home.lng,
      service_radius_km: body.service_radius_km,
      skill_product_ids: body.skill_product_ids,
    },
  ])
  try {
    const [application] = await merchants(req).createBeauticianApplications([
      {
        merchant_handle: merchant.handle,
        beautician_id: beautician.id,
        display_name: body.display_name,
        id_number_last4: body.id_number.slice(-4),
        id_number_hash: personKey,
        certificates: body.certificates as unknown as Record<string, unknown>,
        background_check_consent_at: new Date(),
      },
    ])
    await req.scope.resolve(Modules.EVENT_BUS).emit({ name: BEAUTICIAN_EVENTS.created, data: { id: beautician.id } })
    res.status(201).json({ application: serialize(application as unknown as Record<string, unknown>) })
  } catch (error) {
    await appointments.deleteBeauticians([beautician.id])
    if (isUniqueViolation(error)) throw new DomainError(409, "ALREADY_APPLIED", "这位美容师已有申请 · This person has applied already")
    throw error
  }
})

/** GET /admin/merchants/:handle/beautician-applications — the studio's applications, newest first. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  const list = await merchants(req).listBeauticianApplications({ merchant_handle: merchant.handle }, { order: { created_at: "DESC" }, take: 200 })
  res.json({ applications: list.map((a) => serialize(a as unknown as Record<string, unknown>)) })
})
