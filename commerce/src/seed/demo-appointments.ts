import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { APPOINTMENT_STATUSES, type AppointmentStatus } from "@doorstep/booking-core"
import type { DemoData } from "./demo-data"
import { demoAddress } from "./reviews"

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** Shanghai keeps UTC+8 all year. */
const SHANGHAI = 8 * HOUR
const TRAVEL_MINUTES = 30

/** The steps each demo appointment went through to reach its status, and when each was taken relative to the visit. */
const PATHS: Record<AppointmentStatus, AppointmentStatus[]> = {
  held: ["held"],
  confirmed: ["held", "confirmed"],
  assigned: ["held", "confirmed", "assigned"],
  en_route: ["held", "confirmed", "assigned", "en_route"],
  arrived: ["held", "confirmed", "assigned", "en_route", "arrived"],
  in_service: ["held", "confirmed", "assigned", "en_route", "arrived", "in_service"],
  completed: ["held", "confirmed", "assigned", "en_route", "arrived", "in_service", "completed"],
  cancelled: ["held", "confirmed", "cancelled"],
  expired: ["held", "expired"],
  no_show: ["held", "confirmed", "assigned", "en_route", "arrived", "no_show"],
}
const STEP_AT: Record<AppointmentStatus, (start: number, end: number) => number> = {
  held: (start) => start - 2 * DAY,
  confirmed: (start) => start - 2 * DAY + 5 * MINUTE,
  assigned: (start) => start - 2 * DAY + 30 * MINUTE,
  en_route: (start) => start - 45 * MINUTE,
  arrived: (start) => start - 5 * MINUTE,
  in_service: (start) => start,
  completed: (_, end) => end,
  cancelled: (start) => start - DAY,
  expired: (start) => start - 2 * DAY + 15 * MINUTE,
  no_show: (start) => start + 20 * MINUTE,
}
const PAYMENT: Record<AppointmentStatus, "pending" | "paid" | "refunded"> = {
  held: "pending",
  expired: "pending",
  cancelled: "refunded",
  confirmed: "paid",
  assigned: "paid",
  en_route: "paid",
  arrived: "paid",
  in_service: "paid",
  completed: "paid",
  no_show: "paid",
}

/**
 * One demo appointment in every status for each demo studio, so that each
 * back-office list and filter has something to show. They are the demo
 * reviewers' (who have no login), on the studio's demo beauticians, and all
 * lie 4 to 13 days in the past: no beautician's free time to come changes,
 * the demo customer's account is untouched, the notifications' first look
 * back (72 h) and dispatch's batch (future visits) and late alerts (±6 h)
 * never see them. Like the reviewed visits they carry a price but no order
 * and no `paid_fen`, so money never books them. The hold has no expiry, so it
 * stays a hold to show. A studio whose demo appointments exist is left alone.
 */
export async function ensureDemoAppointments(container: MedusaContainer, data: DemoData, now = new Date()): Promise<number> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const reviewers = await container.resolve(Modules.CUSTOMER).listCustomers({ email: data.reviews.reviewers.map((r) => r.email) }, { select: ["id"] })
  if (!reviewers.length) return 0
  const beauticians = await appointments.listBeauticians(
    { handle: data.beauticians.map((b) => b.handle) },
    { select: ["id", "handle", "merchant_handle", "home_lat", "home_lng", "home_district"] },
  )
  const services = new Map(data.services.map((service) => [service.handle, service]))
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: data.services.flatMap((s) => s.variants.map((v) => v.sku)) }, { select: ["id", "sku"] })
  const shanghaiMidnight = Math.floor((now.getTime() + SHANGHAI) / DAY) * DAY - SHANGHAI
  let created = 0
  for (const studio of data.merchants.map((m) => m.handle)) {
    const team = beauticians.filter((b) => b.merchant_handle === studio).sort((a, b) => a.handle.localeCompare(b.handle))
    if (!team.length) continue
    const shown = await appointments.listAppointments(
      { beautician_id: team.map((b) => b.id), customer_id: reviewers.map((r) => r.id), status: APPOINTMENT_STATUSES.filter((s) => s !== "completed") },
      { select: ["id"], take: 1 },
    )
    if (shown.length) continue
    const rows = APPOINTMENT_STATUSES.map((status, index) => {
      const beautician = team[index % team.length]
      const seed = data.beauticians.find((b) => b.handle === beautician.handle)!
      const variant = services.get(seed.skills[index % seed.skills.length])!.variants[0]
      const start = shanghaiMidnight - (4 + index) * DAY + (10 + (index % 4) * 2) * HOUR
      const end = start + variant.duration_minutes * MINUTE
      const lat = beautician.home_lat + ((index % 5) - 2) * 0.002
      const lng = beautician.home_lng + ((index % 3) - 1) * 0.002
      return { status, beautician, variant, start, end, lat, lng, customerId: reviewers[index % reviewers.length].id }
    })
    const written = await appointments.createAppointments(
      rows.map((row, index) => ({
        status: row.status,
        customer_id: row.customerId,
        variant_id: variants.find((v) => v.sku === row.variant.sku)!.id,
        beautician_id: row.beautician.id,
        starts_at: new Date(row.start),
        ends_at: new Date(row.end),
        blocked_from: new Date(row.start - TRAVEL_MINUTES * MINUTE),
        blocked_until: new Date(row.end),
        travel_in_minutes: TRAVEL_MINUTES,
        address: demoAddress(200 + index, row.beautician.home_district, row.lat, row.lng),
        lat: row.lat,
        lng: row.lng,
        price_fen: row.variant.price_fen,
        payment_status: PAYMENT[row.status],
        cancelled_at: row.status === "cancelled" ? new Date(STEP_AT.cancelled(row.start, row.end)) : null,
        cancellation_fee_fen: row.status === "cancelled" ? 0 : null,
        check_in: PATHS[row.status].includes("arrived") ? { lat: row.lat, lng: row.lng, meters: 40, flagged: false, at: new Date(STEP_AT.arrived(row.start, row.end)).toISOString() } : null,
        service_record: row.status === "completed" ? { notes: "演示记录：顺利完成 · Demo record: went well", products_used: [], photos_before: [], photos_after: [], at: new Date(row.end).toISOString() } : null,
      })),
    )
    // The timeline as it would have been written, step by step, and every row dated to then.
    const knex = container.resolve<{ transaction<T>(work: (trx: { raw(sql: string, bindings?: unknown[]): Promise<unknown> }) => Promise<T>): Promise<T> }>(ContainerRegistrationKeys.PG_CONNECTION)
    await knex.transaction(async (trx) => {
      for (const [index, row] of rows.entries()) {
        const id = written[index].id
        const path = PATHS[row.status]
        const last = STEP_AT[row.status](row.start, row.end)
        await trx.raw(`delete from "appointment_event" where "appointment_id" = ?`, [id])
        for (const [step, status] of path.entries()) {
          const at = new Date(STEP_AT[status](row.start, row.end))
          await trx.raw(
            `insert into "appointment_event" ("id", "appointment_id", "from_status", "status", "actor", "at", "created_at", "updated_at")
             values ('apev_' || replace(gen_random_uuid()::text, '-', ''), ?, ?, ?, ?, ?, ?, ?)`,
            [id, step ? path[step - 1] : null, status, ["en_route", "arrived", "in_service", "completed", "no_show"].includes(status) ? `beautician:${row.beautician.id}` : "system", at, at, at],
          )
        }
        await trx.raw(`update "appointment" set "created_at" = ?, "updated_at" = ? where "id" = ?`, [new Date(STEP_AT.held(row.start, row.end)), new Date(last), id])
      }
    })
    created += written.length
  }
  return created
}
