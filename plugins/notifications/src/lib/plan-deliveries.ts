import type { ICustomerModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { fenToYuan } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService, type ChangePosition } from "@doorstep/appointments/modules/appointment"
import { NOTIFICATION_OUTBOX_MODULE, type NewDelivery, type NotificationOutboxModuleService } from "../modules/notification-outbox"
import type { Preferences, Sql } from "../modules/notification-outbox/service"
import { routesFor, type Contacts } from "./channels"
import { DEFAULT_LOCALE, isLocale, localStart, type Locale } from "./local-time"
import { planNotices, type Notice } from "./plan"
import { OPTIONAL_KINDS, render, type TemplateParams } from "./templates"

const MINUTE = 60_000
const HOUR = 60 * MINUTE
// `expired` too: a payment that came after its hold lapsed, for a time taken meanwhile, is refunded in full.
const WATCHED = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "cancelled", "expired"]
const SELECT = ["id", "status", "customer_id", "beautician_id", "starts_at", "updated_at", "payment_status", "paid_fen", "refund_fen", "cancellation_fee_fen", "address"]
const CHANGES_CURSOR = "appointment-changes"

export const PLAN_RULES = {
  /** Appointments read per page of changes; a tick reads pages until the changes run out or `maxPages` (and one page of late commits). */
  page: 500,
  maxPages: 20,
  /** Each tick reads again this far behind where the last one stopped: a change committed late (its `updated_at` is when its transaction began) is not missed. */
  overlapMinutes: 2,
  /** A day-ahead reminder missed by a worker that was down is still sent this long after it fell due (the 2-hour one until the start). */
  dayReminderCatchUpMinutes: 30,
  /** The first tick on a database reads changes this far back (older bookings are not announced after the fact). */
  firstLookBackHours: 72,
} as const

interface Address {
  district?: string
  contact_phone?: string
}

type AppointmentRow = Awaited<ReturnType<AppointmentModuleService["listAppointments"]>>[number]

const lastFour = (phone: string | null | undefined) => (phone ? phone.replace(/\D/g, "").slice(-4) || null : null)

/**
 * Turns what is recorded about appointments into outbox rows: the
 * appointments changed since the last tick (a keyset cursor over `updated_at` and id), and
 * those whose reminders are due; each notice their state calls for (see
 * `planNotices`), in each recipient's language, on each channel that can
 * reach them. Runs inside the outbox lock's transaction; rows that exist
 * already are left alone. Resolves to the number of rows added.
 */
export async function planDeliveries(container: MedusaContainer, sql: Sql, now: Date): Promise<number> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const outbox = container.resolve<NotificationOutboxModuleService>(NOTIFICATION_OUTBOX_MODULE)
  const upcoming = { status: ["confirmed", "assigned"], payment_status: "paid" }
  const [dayAhead, soon] = await Promise.all([
    appointments.listAppointments(
      { ...upcoming, starts_at: { $gt: new Date(now.getTime() + 24 * HOUR - PLAN_RULES.dayReminderCatchUpMinutes * MINUTE), $lte: new Date(now.getTime() + 24 * HOUR) } },
      { select: SELECT, take: 5000 },
    ),
    appointments.listAppointments({ ...upcoming, starts_at: { $gt: now, $lte: new Date(now.getTime() + 2 * HOUR) } }, { select: SELECT, take: 5000 }),
  ])
  let added = await planFor(container, sql, [...dayAhead, ...soon], now)

  const cursor = (await outbox.cursor(sql, CHANGES_CURSOR)) ?? { at: new Date(now.getTime() - PLAN_RULES.firstLookBackHours * HOUR).toISOString(), id: "", date: null }
  // A change committed late carries the time its transaction began, before where the last tick stopped: the latest ones are read again.
  if (cursor.date) {
    const late = await appointments.listAppointments(
      { status: WATCHED, updated_at: { $gte: new Date(cursor.date.getTime() - PLAN_RULES.overlapMinutes * MINUTE), $lte: cursor.date } },
      { select: SELECT, order: { updated_at: "DESC", id: "DESC" }, take: PLAN_RULES.page },
    )
    added += await planFor(container, sql, late, now)
  }
  // Then what changed since, page by page from the exact position of the last change read, so that one statement
  // changing more appointments than a tick reads cannot hold the reader at one instant.
  let after: ChangePosition = { at: cursor.at, id: cursor.id }
  for (let page = 0; page < PLAN_RULES.maxPages; page++) {
    const changes = await appointments.listChangesAfter(after, WATCHED, PLAN_RULES.page)
    if (changes.length === 0) break
    added += await planFor(container, sql, await appointments.listAppointments({ id: changes.map((c) => c.id) }, { select: SELECT }), now)
    after = changes[changes.length - 1]
    await outbox.moveCursor(sql, CHANGES_CURSOR, after)
    if (changes.length < PLAN_RULES.page) break
  }
  return added
}

async function planFor(container: MedusaContainer, sql: Sql, rows: AppointmentRow[], now: Date): Promise<number> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const outbox = container.resolve<NotificationOutboxModuleService>(NOTIFICATION_OUTBOX_MODULE)
  const candidates = [...new Map(rows.map((a) => [a.id as string, a])).values()]
  if (candidates.length === 0) return 0
  const given = await outbox.givenNotices(candidates.map((a) => a.id), sql)
  const planned = candidates.flatMap((appointment) =>
    planNotices(
      { ...appointment, starts_at: new Date(appointment.starts_at), payment_status: appointment.payment_status as string },
      given.get(appointment.id) ?? [],
      now,
    ).map((notice) => ({ appointment, notice })),
  )
  if (planned.length === 0) return 0

  const customerIds = [...new Set(candidates.map((a) => a.customer_id))]
  const beauticianIds = [...new Set(candidates.map((a) => a.beautician_id))]
  const [customers, beauticians, customerPreferences, beauticianPreferences, signInOpenids] = await Promise.all([
    container.resolve<ICustomerModuleService>(Modules.CUSTOMER).listCustomers({ id: customerIds }, { select: ["id", "email", "phone", "metadata"] }),
    appointments.listBeauticians({ id: beauticianIds }, { select: ["id", "display_name", "phone", "timezone"] }),
    outbox.preferencesOf("customer", customerIds),
    outbox.preferencesOf("beautician", beauticianIds),
    outbox.signInOpenids(sql, customerIds),
  ])
  const customerById = new Map(customers.map((c) => [c.id, c]))
  const beauticianById = new Map(beauticians.map((b) => [b.id as string, b]))

  const deliveries: NewDelivery[] = []
  for (const { appointment, notice } of planned) {
    const address = (appointment.address ?? {}) as Address
    const beautician = beauticianById.get(appointment.beautician_id)
    const customer = customerById.get(appointment.customer_id)
    // A deleted account is told nothing, not even at the booking's contact phone.
    if (notice.audience === "customer" && !customer) continue
    const preferences: Preferences | undefined = (notice.audience === "customer" ? customerPreferences : beauticianPreferences).get(notice.recipient_id)
    if (OPTIONAL_KINDS.includes(notice.kind) && preferences?.muted_kinds.includes(notice.kind)) continue
    const metadataLocale = notice.audience === "customer" ? customer?.metadata?.locale : undefined
    const locale: Locale = preferences?.locale ?? (isLocale(metadataLocale) ? metadataLocale : DEFAULT_LOCALE)
    const startsAt = new Date(appointment.starts_at)
    const params: TemplateParams = {
      when: localStart(startsAt, beautician?.timezone ?? "Asia/Shanghai", locale, now),
      beauticianName: beautician?.display_name ?? null,
      district: address.district ?? null,
      phoneTail: lastFour(address.contact_phone ?? customer?.phone),
      refund: appointment.refund_fen ? fenToYuan(appointment.refund_fen) : null,
      fee: appointment.cancellation_fee_fen ? fenToYuan(appointment.cancellation_fee_fen) : null,
    }
    const message = render(notice.kind, notice.audience, locale, params)
    const contacts: Contacts =
      notice.audience === "customer"
        ? { phone: customer?.phone || address.contact_phone, email: customer?.email, wechat_openid: (customer?.metadata?.wechat_openid as string | undefined) ?? signInOpenids.get(appointment.customer_id) }
        : { phone: beautician?.phone }
    for (const { channel, to } of routesFor(notice.kind, notice.audience, contacts, outbox.channels)) {
      deliveries.push({
        dedupe_key: dedupeKey(appointment.id, notice, channel),
        appointment_id: appointment.id,
        kind: notice.kind,
        ref: notice.ref,
        recipient_type: notice.audience,
        recipient_id: notice.recipient_id,
        channel,
        to,
        locale,
        title: message.title,
        body: message.body,
        params: { ...params, zone: beautician?.timezone ?? "Asia/Shanghai" },
        url: notice.audience === "customer" ? `/appointments/${appointment.id}` : `/pro/jobs/${appointment.id}`,
        subject_starts_at: startsAt,
      })
    }
  }
  return await outbox.addDeliveries(sql, deliveries, now)
}

/** The outbox key: one notice, one person, one channel. */
export const dedupeKey = (appointmentId: string, notice: Notice, channel: string) =>
  [appointmentId, notice.kind, notice.ref, notice.audience, notice.recipient_id, channel].join("|")
