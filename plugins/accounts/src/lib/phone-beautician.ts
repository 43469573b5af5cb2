import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { SIGN_IN_CODE_MODULE, type SignInCodeModuleService } from "../modules/sign-in-code"
import { PHONE_ACTOR_HEADER } from "./phone-actor"
import { mobileE164 } from "./phone"

const RANK = { active: 0, suspended: 1, pending: 2 } as const

/**
 * The beautician whose row carries the phone: studios write it as E.164 or
 * as the national number. Of several (a person put forward again after a
 * rejection), the one at work first, then the newest.
 */
async function beauticianOfPhone(req: MedusaRequest, phone: string): Promise<string | null> {
  const national = phone.startsWith("+86") ? phone.slice(3) : phone
  const found = await req.scope
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .listBeauticians({ phone: [phone, national] }, { select: ["id", "status", "created_at"], order: { created_at: "DESC" } })
  const [best] = [...found].sort((a, b) => RANK[a.status as keyof typeof RANK] - RANK[b.status as keyof typeof RANK])
  return best?.id ?? null
}

/**
 * Before a beautician's phone sign-in: names, signed, the beautician whose
 * row carries the phone, for the provider to link the identity to once the
 * code is right. Whatever the client sent in that header is dropped.
 */
export async function namePhoneBeautician(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  delete req.headers[PHONE_ACTOR_HEADER]
  const given = (req.body as { phone?: unknown } | undefined)?.phone
  const phone = typeof given === "string" ? mobileE164(given) : null
  const beauticianId = phone ? await beauticianOfPhone(req, phone) : null
  if (phone && beauticianId) req.headers[PHONE_ACTOR_HEADER] = req.scope.resolve<SignInCodeModuleService>(SIGN_IN_CODE_MODULE).vouchForPhoneActor("beautician", phone, beauticianId)
  next()
}
