import type { ICustomerModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DateTime } from "luxon"
import type { GeoPoint } from "@doorstep/booking-core"
import { freeStarts } from "@doorstep/appointments/lib/free-starts"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import type { Catalogue, OwnBooking } from "./signals"

/** How many of a favourite's free starts are offered, over how many days from today. */
export const NEXT_FREE_COUNT = 3
export const NEXT_FREE_DAYS = 7

export interface Place extends GeoPoint {
  district?: string
}

/** The customer's default saved address (the one booking offers first), or their first; null without one. */
export async function savedPlace(container: MedusaContainer, customerId: string): Promise<Place | null> {
  const addresses = await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).listCustomerAddresses({ customer_id: customerId }, { select: ["id", "is_default_shipping", "metadata", "created_at"] })
  const places = [...addresses]
    .sort((a, b) => Number(Boolean(b.is_default_shipping)) - Number(Boolean(a.is_default_shipping)))
    .flatMap((a) => {
      const { lat, lng, district } = (a.metadata ?? {}) as { lat?: unknown; lng?: unknown; district?: unknown }
      return typeof lat === "number" && typeof lng === "number" ? [{ lat, lng, ...(typeof district === "string" && district ? { district } : {}) }] : []
    })
  return places[0] ?? null
}

export interface FavouriteService {
  beauticianId: string
  productId: string
  variantId: string
}

/**
 * The service to offer with each favourite beautician: the one this customer
 * last had with her, if she still performs it, else the first she performs
 * of the catalogue's. A favourite who is no longer active has none.
 */
export async function favouriteServices(container: MedusaContainer, beauticianIds: string[], bookings: readonly OwnBooking[], services: Catalogue): Promise<FavouriteService[]> {
  if (beauticianIds.length === 0) return []
  const roster = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).roster()
  return beauticianIds.flatMap((beauticianId) => {
    const performs = (productId: string) => {
      const service = services.services.get(productId)
      return service !== undefined && roster.performing(productId, beauticianId, service.merchantHandle) !== undefined
    }
    const hers = [...bookings].reverse().find((b) => b.beauticianId === beauticianId && performs(b.productId))
    if (hers) return [{ beauticianId, productId: hers.productId, variantId: hers.variantId }]
    const first = [...services.services.values()].find((service) => performs(service.productId))
    return first ? [{ beauticianId, productId: first.productId, variantId: first.variantIds[0] }] : []
  })
}

/** The beautician's next free starts for a service at a place, from today over `NEXT_FREE_DAYS` days; none when she does not come there. */
export async function nextFreeStarts(container: MedusaContainer, choice: FavouriteService, place: Place, now = new Date()): Promise<string[]> {
  const zone = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).bookingSettings().timezone
  const today = DateTime.fromJSDate(now, { zone }).toISODate()!
  try {
    const { slots } = await freeStarts(container, { variantId: choice.variantId, beauticianId: choice.beauticianId, lat: place.lat, lng: place.lng, district: place.district, date: today, days: NEXT_FREE_DAYS }, now.getTime())
    return slots.slice(0, NEXT_FREE_COUNT).map((slot) => slot.start)
  } catch (error) {
    // She no longer performs it, or the option is gone: nothing to offer now.
    if (error instanceof DomainError) return []
    throw error
  }
}
