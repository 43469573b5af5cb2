import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { TIMEZONE } from "../lib/market"
import type { BeauticianSeed } from "./demo-data"

/**
 * The demo beauticians, loaded by the module that owns them, with their weekly
 * hours; skills become the product ids of the services they may perform.
 */
export async function ensureBeauticians(container: MedusaContainer, seeds: BeauticianSeed[], password: string): Promise<number> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const existing = await appointments.listBeauticians({ handle: seeds.map((b) => b.handle) }, { select: ["handle"] })
  const missing = seeds.filter((seed) => !existing.some((b) => b.handle === seed.handle))
  if (missing.length > 0) await createBeauticians(container, appointments, missing)
  await ensureBeauticianLogins(container, appointments, seeds, password)
  return missing.length
}

async function createBeauticians(container: MedusaContainer, appointments: AppointmentModuleService, missing: BeauticianSeed[]) {
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: [...new Set(missing.flatMap((b) => b.skills))] }, { select: ["id", "handle"] })
  const productId = new Map(products.map((p) => [p.handle, p.id]))

  const created = await appointments.createBeauticians(
    missing.map((seed) => ({
      handle: seed.handle,
      merchant_handle: seed.merchant,
      display_name: seed.name["zh-CN"],
      email: seed.email,
      phone: seed.phone,
      status: "active" as const,
      timezone: TIMEZONE,
      home_lat: seed.home_base.lat,
      home_lng: seed.home_base.lng,
      home_district: seed.district["zh-CN"],
      service_radius_km: seed.service_radius_km,
      skill_product_ids: seed.skills.map((handle) => {
        const id = productId.get(handle)
        if (!id) throw new Error(`Beautician ${seed.handle} has unknown skill ${handle}`)
        return id
      }),
      years_experience: seed.years_experience,
    })),
  )
  const idByHandle = new Map(created.map((b) => [b.handle, b.id]))
  await appointments.createWorkingHours(
    missing.flatMap((seed) =>
      seed.working_hours.map((window) => ({
        beautician_id: idByHandle.get(seed.handle)!,
        weekday: window.weekday,
        start_time: window.start,
        end_time: window.end,
      })),
    ),
  )
}

/** Each demo beautician signs in to the beautician portal as actor type `beautician`; missing logins are added. */
async function ensureBeauticianLogins(container: MedusaContainer, appointments: AppointmentModuleService, seeds: BeauticianSeed[], password: string) {
  const auth = container.resolve(Modules.AUTH)
  const needed: BeauticianSeed[] = []
  for (const seed of seeds) {
    const logins = await auth.listProviderIdentities({ provider: "emailpass", entity_id: seed.email })
    if (logins.length === 0) needed.push(seed)
  }
  if (needed.length === 0) return
  const beauticians = await appointments.listBeauticians({ handle: needed.map((s) => s.handle) }, { select: ["id", "handle"] })
  const idByHandle = new Map(beauticians.map((b) => [b.handle, b.id]))
  for (const seed of needed) {
    const { authIdentity, error } = await auth.register("emailpass", { body: { email: seed.email, password } })
    if (error || !authIdentity) throw new Error(`Could not register ${seed.email}: ${error}`)
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { beautician_id: idByHandle.get(seed.handle) } })
  }
}
