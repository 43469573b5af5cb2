import type { HttpTypes } from "@medusajs/types"
import { answer, medusa, store, type Answer, type JsonOf } from "./api"
import { BackendUnavailableError } from "./backend"
import { datesFrom, todayInZone } from "./time"

export type BookingRules = JsonOf<"/store/booking-rules", "get">
export type Availability = JsonOf<"/store/availability", "get">
export type Slot = Availability["slots"][number]
export type Appointment = JsonOf<"/store/appointments/{id}", "get">["appointment"]
export type VisitAddress = Appointment["address"]
export type TimelineStep = JsonOf<"/store/appointments/{id}/timeline", "get">["timeline"][number]
export type CancellationQuote = JsonOf<"/store/appointments/{id}/cancellation-quote", "get">["quote"]

/** The slot grid, notice, horizon and change policy in force. */
export async function bookingRules(): Promise<BookingRules> {
  const got = await answer("/store/booking-rules", store().GET("/store/booking-rules"))
  if (!got.ok) throw new BackendUnavailableError("commerce", `${got.status} ${got.code} from /store/booking-rules`)
  return got.data
}

/** The strip shows at most two weeks, fewer when the store books less far ahead. */
const MAX_STRIP_DAYS = 14

/** The days a date strip offers, from today in Shanghai (booking and rescheduling alike). */
export const stripDates = (rules: BookingRules) => datesFrom(todayInZone(), Math.max(1, Math.min(MAX_STRIP_DAYS, rules.slots.max_days_ahead)))

/** The starts one can book on `date` (and the `days` after) for a service at a place. */
export function availability(query: { variantId: string; lat: number; lng: number; district: string; date: string; days?: number; beauticianId?: string }) {
  return answer(
    "/store/availability",
    store().GET("/store/availability", {
      params: {
        query: {
          variant_id: query.variantId,
          lat: query.lat,
          lng: query.lng,
          district: query.district,
          date: query.date,
          ...(query.days ? { days: query.days } : {}),
          ...(query.beauticianId ? { beautician_id: query.beauticianId } : {}),
        },
      },
    }),
  )
}

export function holdSlot(token: string, body: { variant_id: string; start: string; address: VisitAddress; beautician_id?: string }) {
  return answer("/store/appointments", store(token).POST("/store/appointments", { body }))
}

export function myAppointment(token: string, id: string) {
  return answer("/store/appointments/{id}", store(token).GET("/store/appointments/{id}", { params: { path: { id } } }))
}

/** A saved address as the booking page offers it: Medusa's customer address, with the place in its metadata. */
export interface SavedAddress extends VisitAddress {
  id: string
}

export function toSavedAddress(address: HttpTypes.StoreCustomerAddress): SavedAddress | null {
  const meta = (address.metadata ?? {}) as Record<string, unknown>
  if (typeof meta.lat !== "number" || typeof meta.lng !== "number" || typeof meta.district !== "string" || !address.address_1) return null
  return {
    id: address.id,
    line1: address.address_1,
    city: address.city ?? "上海市",
    district: meta.district,
    lat: meta.lat,
    lng: meta.lng,
    contact_name: address.first_name ?? "",
    contact_phone: address.phone ?? "",
  }
}

/** The customer's addresses that carry a place, their default (Medusa's default shipping address) first: what booking offers first. */
export async function savedAddresses(token: string): Promise<SavedAddress[]> {
  const got = await medusa<{ addresses: HttpTypes.StoreCustomerAddress[] }>("/store/customers/me/addresses", { token, query: { limit: "20" } })
  if (!got.ok) return []
  const defaultFirst = [...got.data.addresses].sort((a, b) => Number(Boolean(b.is_default_shipping)) - Number(Boolean(a.is_default_shipping)))
  return defaultFirst.map(toSavedAddress).filter((a): a is SavedAddress => a !== null)
}

/** Keeps a visit's address on the customer (Medusa's address, the place in metadata) for next time. */
export function saveAddress(token: string, address: VisitAddress): Promise<Answer<unknown>> {
  return medusa("/store/customers/me/addresses", {
    token,
    body: {
      address_1: address.line1,
      city: address.city,
      province: address.city,
      country_code: "cn",
      first_name: address.contact_name,
      phone: address.contact_phone,
      metadata: { district: address.district, lat: address.lat, lng: address.lng },
    },
  })
}

export function myAppointments(token: string) {
  return answer("/store/appointments", store(token).GET("/store/appointments"))
}

export function appointmentTimeline(token: string, id: string) {
  return answer("/store/appointments/{id}/timeline", store(token).GET("/store/appointments/{id}/timeline", { params: { path: { id } } }))
}

export function cancellationQuote(token: string, id: string) {
  return answer("/store/appointments/{id}/cancellation-quote", store(token).GET("/store/appointments/{id}/cancellation-quote", { params: { path: { id } } }))
}

export function cancelAppointment(token: string, id: string) {
  return answer("/store/appointments/{id}/cancel", store(token).POST("/store/appointments/{id}/cancel", { params: { path: { id } } }))
}

export function rescheduleAppointment(token: string, id: string, start: string) {
  return answer("/store/appointments/{id}/reschedule", store(token).POST("/store/appointments/{id}/reschedule", { params: { path: { id } }, body: { start } }))
}

export function reviewAppointment(token: string, id: string, body: { rating: number; text?: string; photos?: string[] }) {
  return answer("/store/appointments/{id}/review", store(token).POST("/store/appointments/{id}/review", { params: { path: { id } }, body }))
}

/**
 * What commerce takes with a review: at most 9 photos (`POST
 * /store/appointments/{id}/review`), each at most 10 MB (`POST
 * /store/uploads`). Commerce is the judge; the form says so before sending.
 */
export const REVIEW_PHOTOS = { count: 9, bytes: 10 * 1024 * 1024 } as const

export type MyReview = JsonOf<"/store/appointments/{id}/review", "get">["review"]

/** The customer's own review of the visit, or null while there is none. */
export async function myReview(token: string, id: string): Promise<MyReview | null> {
  const got = await answer("/store/appointments/{id}/review", store(token).GET("/store/appointments/{id}/review", { params: { path: { id } } }))
  if (got.ok) return got.data.review
  if (got.code === "REVIEW_NOT_FOUND") return null
  throw new BackendUnavailableError("commerce", `${got.status} ${got.code} from /store/appointments/{id}/review`)
}

export type Tip = JsonOf<"/store/appointments/{id}/tip", "get">["tip"]
export type Balance = JsonOf<"/store/appointments/{id}/balance", "get">["balance"]

export function myTip(token: string, id: string) {
  return answer("/store/appointments/{id}/tip", store(token).GET("/store/appointments/{id}/tip", { params: { path: { id } } }))
}

export function startTip(token: string, id: string, amountFen: number) {
  return answer("/store/appointments/{id}/tip", store(token).POST("/store/appointments/{id}/tip", { params: { path: { id } }, body: { amount_fen: amountFen } }))
}

export function myBalance(token: string, id: string) {
  return answer("/store/appointments/{id}/balance", store(token).GET("/store/appointments/{id}/balance", { params: { path: { id } } }))
}

export function startBalance(token: string, id: string) {
  return answer("/store/appointments/{id}/balance", store(token).POST("/store/appointments/{id}/balance", { params: { path: { id } } }))
}
