import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { refreshRating } from "@doorstep/trust/lib/reviews"
import { REVIEW_MODULE, type ReviewModuleService } from "@doorstep/trust/modules/review"
import type { DemoData, ReviewSeed } from "./demo-data"

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** Shanghai keeps UTC+8 all year. */
const SHANGHAI = 8 * HOUR
const TRAVEL_MINUTES = 30

type Knex = { transaction<T>(work: (trx: Knex & { raw(sql: string, bindings?: unknown[]): Promise<unknown> }) => Promise<T>): Promise<T> }

/**
 * When a review was written and when its visit ended: 20:30 in Shanghai on the
 * day `days_ago` days before `now`, the visit 0–2 days earlier (reviews are
 * taken within 30 days of the job).
 */
export function reviewTimes(seed: Pick<ReviewSeed, "days_ago">, durationMinutes: number, now: Date) {
  const shanghaiMidnight = Math.floor((now.getTime() + SHANGHAI) / DAY) * DAY - SHANGHAI
  const reviewedAt = shanghaiMidnight - seed.days_ago * DAY + 20.5 * HOUR
  const endsAt = reviewedAt - (seed.days_ago % 3) * DAY - 4 * HOUR
  const startsAt = endsAt - durationMinutes * MINUTE
  return { reviewedAt: new Date(reviewedAt), startsAt: new Date(startsAt), endsAt: new Date(endsAt), repliedAt: new Date(reviewedAt + 18 * HOUR) }
}

/** A demo visit's address, as a customer without a login gave it: no phone. */
export const demoAddress = (number: number, district: string | null, lat: number, lng: number) => ({
  line1: `演示路 ${number} 号 · Demo Road`,
  city: "上海市",
  district,
  lat,
  lng,
  contact_name: "演示顾客 · Demo customer",
  contact_phone: null,
  notes: null,
})

/**
 * The demo's written reviews, each of a completed visit by a demo customer (no
 * login) for a service the beautician performs, as the review route requires.
 * A beautician whose demo visits exist is left alone. The visits carry their
 * price but no order and no `paid_fen`, so money never books them; they and
 * their reviews are dated in the past (at least three days, so the
 * notifications' first look back never announces them). Every demo
 * beautician's rating and review count are then worked out from the rows.
 */
export async function ensureDemoReviews(container: MedusaContainer, data: DemoData, now = new Date()): Promise<number> {
  const { reviewers, reviews } = data.reviews
  const customers = container.resolve(Modules.CUSTOMER)
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)

  const known = await customers.listCustomers({ email: reviewers.map((r) => r.email) }, { select: ["id", "email"] })
  const missing = reviewers.filter((r) => !known.some((c) => c.email === r.email))
  if (missing.length > 0) known.push(...(await customers.createCustomers(missing.map(({ email, first_name, last_name }) => ({ email, first_name, last_name })))))
  const customerOf = new Map(reviewers.map((r) => [r.key, known.find((c) => c.email === r.email)!.id]))

  const beauticians = await appointments.listBeauticians(
    { handle: data.beauticians.map((b) => b.handle) },
    { select: ["id", "handle", "merchant_handle", "home_lat", "home_lng", "home_district"] },
  )
  const reviewed = new Set(
    (await appointments.listAppointments({ customer_id: [...customerOf.values()], beautician_id: beauticians.map((b) => b.id) }, { select: ["beautician_id"], take: null })).map(
      (a) => a.beautician_id,
    ),
  )
  const todo = reviews.filter((review) => !reviewed.has(beauticians.find((b) => b.handle === review.beautician)?.id ?? ""))
  if (todo.length > 0) await createReviewedVisits(container, data, todo, beauticians, customerOf, now)
  for (const beautician of beauticians) await refreshRating(container, beautician.id)
  return todo.length
}

interface DemoBeautician {
  id: string
  handle: string
  merchant_handle: string
  home_lat: number
  home_lng: number
  home_district: string | null
}

async function createReviewedVisits(
  container: MedusaContainer,
  data: DemoData,
  seeds: ReviewSeed[],
  people: DemoBeautician[],
  customerIds: Map<string, string>,
  at: Date,
): Promise<void> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const reviewModule = container.resolve<ReviewModuleService>(REVIEW_MODULE)
const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: [...new Set(seeds.map((s) => s.sku))] }, { select: ["id", "sku"] })
  const seedVariant = new Map(data.services.flatMap((service) => service.variants.map((variant) => [variant.sku, variant])))
  const rows = seeds.map((seed, index) => {
    const beautician = people.find((b) => b.handle === seed.beautician)
    const variant = variants.find((v) => v.sku === seed.sku)
    const priced = seedVariant.get(seed.sku)
    if (!beautician || !variant || !priced) throw new Error(`Demo review of ${seed.beautician} names an unknown beautician or service ${seed.sku}`)
    const times = reviewTimes(seed, priced.duration_minutes, at)
    // Somewhere within a kilometre or so of the beautician's base.
    const lat = beautician.home_lat + (((index * 37) % 17) - 8) * 0.001
    const lng = beautician.home_lng + (((index * 53) % 19) - 9) * 0.001
    return { seed, beautician, variantId: variant.id, priceFen: priced.price_fen, times, lat, lng, customerId: customerIds.get(seed.reviewer)! }
  })
  const created = await appointments.createAppointments(
    rows.map((row, index) => ({
      status: "completed" as const,
      customer_id: row.customerId,
      variant_id: row.variantId,
      beautician_id: row.beautician.id,
      starts_at: row.times.startsAt,
      ends_at: row.times.endsAt,
      blocked_from: new Date(row.times.startsAt.getTime() - TRAVEL_MINUTES * MINUTE),
      blocked_until: row.times.endsAt,
      travel_in_minutes: TRAVEL_MINUTES,
      address: demoAddress((index % 180) + 1, row.beautician.home_district, row.lat, row.lng),
      lat: row.lat,
      lng: row.lng,
      price_fen: row.priceFen,
      payment_status: "paid" as const,
    })),
  )
  const written = await reviewModule.createReviews(
    rows.map((row, index) => ({
      appointment_id: created[index].id,
      customer_id: row.customerId,
      beautician_id: row.beautician.id,
      merchant_handle: row.beautician.merchant_handle,
      variant_id: row.variantId,
      rating: row.seed.rating,
      text: row.seed.text,
      photos: [] as unknown as Record<string, unknown>,
      reply: row.seed.reply,
      replied_at: row.seed.reply ? row.times.repliedAt : null,
    })),
  )
  // Back-date what was just written to when it happened: the visit, its timeline and the review.
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.transaction(async (trx) => {
    for (const [index, row] of rows.entries()) {
      const { endsAt, reviewedAt } = row.times
      await trx.raw(`update "appointment" set "created_at" = ?, "updated_at" = ? where "id" = ?`, [row.times.startsAt, endsAt, created[index].id])
      await trx.raw(`update "appointment_event" set "at" = ?, "created_at" = ?, "updated_at" = ? where "appointment_id" = ?`, [endsAt, endsAt, endsAt, created[index].id])
      await trx.raw(`update "review" set "created_at" = ?, "updated_at" = ? where "id" = ?`, [reviewedAt, row.seed.reply ? row.times.repliedAt : reviewedAt, written[index].id])
    }
  })
}
