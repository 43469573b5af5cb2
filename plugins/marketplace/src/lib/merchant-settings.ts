import type { MedusaContainer } from "@medusajs/framework/types"
import { DEFAULT_POLICY_TERMS, type PolicyTerms } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { publicPlan } from "./commission-plan"

interface StoredMerchant {
  handle: string
  name: string
  district: string | null
  address: string | null
  contact_phone: string
  opening_hours: unknown
  lat: number | null
  lng: number | null
  service_districts: string[] | null
  commission_percent: number
  beautician_percent: number
  commission_plan: string
  commission_tiers: unknown
}

/** The studio's cancellation terms for new bookings (the platform's default until it sets its own). */
export async function cancellationTermsOf(container: MedusaContainer, handle: string) {
  const [policy] = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listMerchantPolicies({ merchant_handle: handle }, { select: ["terms"] })
  return (policy?.terms as unknown as PolicyTerms | undefined) ?? DEFAULT_POLICY_TERMS
}

/** A studio's settings as its staff edit them. */
export async function merchantSettings(container: MedusaContainer, merchant: StoredMerchant) {
  return {
    opening_hours: merchant.opening_hours ?? [],
    location: merchant.lat === null || merchant.lng === null ? null : { lat: merchant.lat, lng: merchant.lng, address: merchant.address },
    service_districts: merchant.service_districts,
    cancellation_terms: await cancellationTermsOf(container, merchant.handle),
    commission: { commission_percent: Number(merchant.commission_percent), beautician_percent: Number(merchant.beautician_percent) },
    commission_plan: publicPlan(merchant),
  }
}

/** What anyone may see of an approved studio before booking with it. */
export async function publicMerchant(container: MedusaContainer, merchant: StoredMerchant) {
  return {
    handle: merchant.handle,
    name: merchant.name,
    district: merchant.district,
    address: merchant.address,
    opening_hours: merchant.opening_hours ?? [],
    service_districts: merchant.service_districts,
    cancellation_terms: await cancellationTermsOf(container, merchant.handle),
  }
}
