import type { MedusaContainer } from "@medusajs/framework/types"
import { publicPlan, type PolicyTerms } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { cancellationTermsIn, paymentTermsOf, type PaymentTerms } from "@doorstep/appointments/lib/payment-terms"
import { commissionPlans } from "./commission-plans"

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
}

/** The studio's terms for new bookings as stored: cancellation terms and payment terms (null until it sets its own). */
async function storedTermsOf(container: MedusaContainer, handle: string): Promise<unknown> {
  const [policy] = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listMerchantPolicies({ merchant_handle: handle }, { select: ["terms"] })
  return policy?.terms ?? null
}

/** The studio's cancellation terms for new bookings (the platform's default until it sets its own). */
export async function cancellationTermsOf(container: MedusaContainer, handle: string): Promise<PolicyTerms> {
  return cancellationTermsIn(await storedTermsOf(container, handle))
}

/** How the studio's new bookings are paid: in full (the default) or a deposit. */
export async function paymentTermsOfStudio(container: MedusaContainer, handle: string): Promise<PaymentTerms> {
  return paymentTermsOf(await storedTermsOf(container, handle))
}

/**
 * Sets the studio's terms for bookings made from now on: new cancellation
 * terms, new payment terms, or both; what is not given stays as it was.
 * Each appointment keeps the terms it was held under.
 */
export async function setStudioTerms(container: MedusaContainer, handle: string, change: { cancellation_terms?: PolicyTerms; payment?: PaymentTerms }) {
  const stored = await storedTermsOf(container, handle)
  const terms = { ...(change.cancellation_terms ?? cancellationTermsIn(stored)), payment: change.payment ?? paymentTermsOf(stored) }
  await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).setMerchantPolicy(handle, terms)
}

/** A studio's settings as its staff edit them, with the commission plan the platform gave it. */
export async function merchantSettings(container: MedusaContainer, merchant: StoredMerchant) {
  const plan = await commissionPlans(container).planOf(merchant.handle)
  return {
    opening_hours: merchant.opening_hours ?? [],
    location: merchant.lat === null || merchant.lng === null ? null : { lat: merchant.lat, lng: merchant.lng, address: merchant.address },
    service_districts: merchant.service_districts,
    cancellation_terms: await cancellationTermsOf(container, merchant.handle),
    payment: await paymentTermsOfStudio(container, merchant.handle),
    commission: { commission_percent: plan.commission_percent, beautician_percent: plan.beautician_percent },
    commission_plan: publicPlan(plan),
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
    /** In full at checkout, or a deposit at checkout and the balance after the job. */
    payment: await paymentTermsOfStudio(container, merchant.handle),
  }
}
