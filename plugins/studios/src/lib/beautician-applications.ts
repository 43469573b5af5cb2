import crypto from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { BEAUTICIAN_EVENTS } from "@doorstep/appointments/lib/beautician-events"
import { isUniqueViolation } from "@doorstep/appointments/lib/unique-violation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MERCHANT_MODULE, type MerchantModuleService, type MerchantRow } from "../modules/merchant"
import { isResidentId } from "./resident-id"
import { assertSkillsAllowed } from "./studio-services"

/** A certificate as a studio's staff give it (a link to it), or as an applicant uploads it (one of their private photos). */
export type Certificate = { name: string; url: string } | { name: string; document_id: string }

/** Who is put forward, by a studio's staff or by themselves. */
export interface NewApplication {
  display_name: string
  email: string
  phone: string
  id_number: string
  certificates: Certificate[]
  home: { lat: number; lng: number }
  home_district?: string
  service_radius_km: number
  skill_product_ids: string[]
  bio?: string
}

export type ApplicationRecord = Awaited<ReturnType<MerchantModuleService["createBeauticianApplications"]>>[number]

const ALREADY_APPLIED = () => new DomainError(409, "ALREADY_APPLIED", "这位美容师已有申请 · This person has applied already")

/**
 * A beautician's application to a studio (B8): the ID number checked
 * (`INVALID_ID_NUMBER`) and kept only as its last four characters and a keyed
 * hash, the skills the platform's services or the studio's own, one live
 * application per person (409 `ALREADY_APPLIED`). The beautician exists from
 * then on but stays `pending` (never offered) until the studio's manager and
 * then the platform approve. `then` runs with the new application before the
 * `beautician.created` event; when it or anything else fails, nothing is kept.
 */
export async function submitBeauticianApplication(
  scope: MedusaContainer,
  merchant: Pick<MerchantRow, "handle" | "status">,
  input: NewApplication,
  then?: (application: ApplicationRecord) => Promise<void>,
): Promise<ApplicationRecord> {
  if (!isResidentId(input.id_number)) throw new DomainError(400, "INVALID_ID_NUMBER", "身份证号码有误 · That is not a valid resident ID number", "id_number")
  await assertSkillsAllowed(scope, merchant.handle, input.skill_product_ids)
  const merchants = scope.resolve<MerchantModuleService>(MERCHANT_MODULE)
  const appointments = scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const personKey = merchants.personKey(input.id_number)
  if ((await merchants.listBeauticianApplications({ id_number_hash: personKey, status: ["submitted", "merchant_approved", "approved"] }, { select: ["id"] })).length > 0) {
    throw ALREADY_APPLIED()
  }
  const [beautician] = await appointments.createBeauticians([
    {
      handle: `${merchant.handle}-${crypto.randomBytes(4).toString("hex")}`,
      merchant_handle: merchant.handle,
      display_name: input.display_name,
      email: input.email,
      phone: input.phone,
      status: "pending",
      merchant_bookable: merchant.status === "approved",
      home_lat: input.home.lat,
      home_lng: input.home.lng,
      home_district: input.home_district ?? null,
      service_radius_km: input.service_radius_km,
      skill_product_ids: input.skill_product_ids,
    },
  ])
  let application: ApplicationRecord | undefined
  try {
    ;[application] = await merchants.createBeauticianApplications([
      {
        merchant_handle: merchant.handle,
        beautician_id: beautician.id,
        display_name: input.display_name,
        bio: input.bio ?? null,
        id_number_last4: input.id_number.slice(-4),
        id_number_hash: personKey,
        certificates: input.certificates as unknown as Record<string, unknown>,
        background_check_consent_at: new Date(),
      },
    ])
    await then?.(application)
  } catch (error) {
    if (application) await merchants.deleteBeauticianApplications([application.id])
    await appointments.deleteBeauticians([beautician.id])
    if (isUniqueViolation(error)) throw ALREADY_APPLIED()
    throw error
  }
  await scope.resolve(Modules.EVENT_BUS).emit({ name: BEAUTICIAN_EVENTS.created, data: { id: beautician.id } })
  return application
}

/** An application as the back office sees it: never the ID number's hash. */
export function serializeApplication(application: Record<string, unknown>) {
  const { id_number_hash: _hash, deleted_at: _deleted, ...shown } = application
  return shown
}
