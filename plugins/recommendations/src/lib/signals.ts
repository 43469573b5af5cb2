import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { haversineKm, type GeoPoint } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { population, popularity, type Booking, type Population } from "./recommend"

/**
 * The recommender's reads: the catalogue, everyone's bookings (summed up and
 * remembered for a few minutes), one customer's own, and what was booked near
 * a place. Appointments are read from the appointment module's table, as the
 * reports do.
 */

interface Sql {
  raw<Row>(sql: string, bindings: unknown[]): Promise<{ rows: Row[] }>
}
const sqlOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Sql

/** Statuses that mean the customer booked (held, expired and cancelled ones do not). */
export const BOOKED_STATUSES = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "no_show"] as const
const BOOKED = `"status" in (${BOOKED_STATUSES.map((s) => `'${s}'`).join(", ")}) and "deleted_at" is null`

/** Everyone's bookings over this many days make the population's patterns. */
export const POPULATION_DAYS = 365
/** Popularity near a place counts the bookings of this many days. */
export const POPULAR_DAYS = 90
/** How far "near" reaches, widened step by step until enough was booked there. */
export const NEAR_KM = [5, 15] as const
/** Fewer bookings than this within a radius say too little: the next radius is tried, then the whole city. */
export const ENOUGH_NEARBY = 20

export interface Service {
  productId: string
  handle: string
  /** Its options, shortest first. */
  variantIds: string[]
  /** A studio's own service is performed only by its beauticians. */
  merchantHandle: string | null
}

export interface Catalogue {
  services: Map<string, Service>
  productOfVariant: Map<string, string>
}

const CATALOGUE_MS = 30_000
const POPULATION_MS = 5 * 60_000
let catalogueMemory: { at: number; catalogue: Promise<Catalogue> } | null = null
let populationMemory: { at: number; population: Promise<Population> } | null = null

/** The published services with a bookable option (a duration), remembered for 30 seconds. */
export function catalogue(container: MedusaContainer, now = Date.now()): Promise<Catalogue> {
  if (catalogueMemory && now - catalogueMemory.at < CATALOGUE_MS) return catalogueMemory.catalogue
  const read = readCatalogue(container)
  catalogueMemory = { at: now, catalogue: read }
  read.catch(() => (catalogueMemory = null))
  return read
}

async function readCatalogue(container: MedusaContainer): Promise<Catalogue> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle", "metadata", "variants.id", "variants.metadata"],
    filters: { status: "published" },
  })
  const services = new Map<string, Service>()
  const productOfVariant = new Map<string, string>()
  for (const product of data as Array<{ id: string; handle: string; metadata: Record<string, unknown> | null; variants: Array<{ id: string; metadata: Record<string, unknown> | null }> | null }>) {
    const options = (product.variants ?? [])
      .map((v) => ({ id: v.id, minutes: Number(v.metadata?.duration_minutes) }))
      .filter((v) => Number.isInteger(v.minutes) && v.minutes > 0)
      .sort((a, b) => a.minutes - b.minutes || a.id.localeCompare(b.id))
    if (options.length === 0) continue
    const studio = product.metadata?.merchant_handle
    services.set(product.id, { productId: product.id, handle: product.handle, variantIds: options.map((o) => o.id), merchantHandle: typeof studio === "string" && studio ? studio : null })
    for (const option of options) productOfVariant.set(option.id, product.id)
  }
  return { services, productOfVariant }
}

interface BookingRow {
  customer_id: string
  variant_id: string
  beautician_id: string | null
  starts_at: Date
}

/** A booking with the option booked, for offering the same again. */
export interface OwnBooking extends Booking {
  variantId: string
}

const toBookings = (rows: BookingRow[], { productOfVariant }: Catalogue): OwnBooking[] =>
  rows.flatMap((row) => {
    const productId = productOfVariant.get(row.variant_id)
    return productId ? [{ customerId: row.customer_id, productId, variantId: row.variant_id, beauticianId: row.beautician_id, startsAt: new Date(row.starts_at) }] : []
  })

/** Everyone's bookings of the last year, summed up (`population`), remembered for five minutes: patterns change slowly. */
export function everyone(container: MedusaContainer, now = Date.now()): Promise<Population> {
  if (populationMemory && now - populationMemory.at < POPULATION_MS) return populationMemory.population
  const read = (async () => {
    const [services, { rows }] = await Promise.all([
      catalogue(container, now),
      sqlOf(container).raw<BookingRow>(
        `select "customer_id", "variant_id", "beautician_id", "starts_at" from "appointment" where ${BOOKED} and "starts_at" >= ?`,
        [new Date(now - POPULATION_DAYS * 86_400_000)],
      ),
    ])
    return population(toBookings(rows, services))
  })()
  populationMemory = { at: now, population: read }
  read.catch(() => (populationMemory = null))
  return read
}

/** Forgets what was remembered (tests, and after seeding). */
export function forgetSignals(): void {
  catalogueMemory = null
  populationMemory = null
}

/** The customer's own bookings, past and coming. */
export async function bookingsOf(container: MedusaContainer, customerId: string): Promise<OwnBooking[]> {
  const [services, { rows }] = await Promise.all([
    catalogue(container),
    sqlOf(container).raw<BookingRow>(`select "customer_id", "variant_id", "beautician_id", "starts_at" from "appointment" where "customer_id" = ? and ${BOOKED} order by "starts_at"`, [customerId]),
  ])
  return toBookings(rows, services)
}

/**
 * How often each service was booked near `place` over the last 90 days:
 * within 5 km, else 15 km, else the whole platform, whichever first counts
 * enough bookings; with the radius used (null: everywhere).
 */
export async function popularNear(container: MedusaContainer, place: GeoPoint | null, now = Date.now()): Promise<{ counts: Map<string, number>; withinKm: number | null }> {
  const services = await catalogue(container, now)
  const since = new Date(now - POPULAR_DAYS * 86_400_000)
  const { rows } = await sqlOf(container).raw<{ variant_id: string; lat: number; lng: number }>(
    `select "variant_id", "lat", "lng" from "appointment" where ${BOOKED} and "starts_at" >= ?
     ${place ? `and "lat" between ? and ? and "lng" between ? and ?` : ""}`,
    place ? [since, ...box(place, NEAR_KM[NEAR_KM.length - 1])] : [since],
  )
  const count = (within: number | null) => {
    const counts = new Map<string, number>()
    for (const row of rows) {
      const productId = services.productOfVariant.get(row.variant_id)
      if (!productId || (within !== null && place && haversineKm(place, { lat: row.lat, lng: row.lng }) > within)) continue
      counts.set(productId, (counts.get(productId) ?? 0) + 1)
    }
    return counts
  }
  if (place) {
    for (const km of NEAR_KM) {
      const counts = count(km)
      if ([...counts.values()].reduce((a, b) => a + b, 0) >= ENOUGH_NEARBY) return { counts, withinKm: km }
    }
    return popularNear(container, null, now)
  }
  return { counts: count(null), withinKm: null }
}

/** The latitude and longitude bounds of a radius around a place (a degree of latitude is 111 km). */
function box(place: GeoPoint, km: number): [number, number, number, number] {
  const dLat = km / 111
  const dLng = km / (111 * Math.cos((place.lat * Math.PI) / 180))
  return [place.lat - dLat, place.lat + dLat, place.lng - dLng, place.lng + dLng]
}

/** The services someone active can perform (coming to `place`, when known): what may be suggested. */
export async function bookableServices(container: MedusaContainer, place: GeoPoint | null): Promise<Set<string>> {
  const [services, roster] = await Promise.all([catalogue(container), container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).roster()])
  const bookable = new Set<string>()
  for (const service of services.services.values()) {
    const someone = place ? roster.serving(service.productId, { location: place }, service.merchantHandle).length > 0 : roster.anyonePerforms(service.productId, service.merchantHandle)
    if (someone) bookable.add(service.productId)
  }
  return bookable
}
