import type { ICustomerModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { fenToYuan } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { NOTIFICATION_OUTBOX_MODULE, type NewDelivery, type NotificationOutboxModuleService } from "../modules/notification-outbox"
import type { Preferences, Sql } from "../modules/notification-outbox/service"
import { routesFor, type Contacts } from "./channels"
import { DEFAULT_LOCALE, isLocale, localStart, type Locale } from "./local-time"
import { planNotices, type Notice } from "./plan"
import { OPTIONAL_KINDS, render, type TemplateParams } from "./templates"

const HOUR = 3600_000
/** Appointments changed within this window are looked at (older changes were, on earlier ticks). */
const LOOKBACK_HOURS = 72
const WATCHED = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "cancelled"]

interface Address {
  district?: string
  contact_phone?: string
}

const lastFour = (phone: string | null | undefined) => (phone ? phone.replace(/\D/g, "").slice(-4) || null : null)

/**
 * Turns what is recorded about appointments — changed lately, or starting
 * within a day — into outbox rows: each notice the state calls for (see
 * `planNotices`), in each recipient's language, on each channel that can
 * reach them. Runs inside the outbox lock's transaction; rows that exist
 * already are left alone. Resolves to the number of rows added.
 */
export async function planDeliveries(container: MedusaContainer, sql: Sql, now: Date): Promise<number> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const outbox = container.resolve<NotificationOutboxModuleService>(NOTIFICATION_OUTBOX_MODULE)
  const select = ["id", "status", "customer_id", "beautician_id", "starts_at", "payment_status", "paid_fen", "refund_fen", "cancellation_fee_fen", "address"]
  const [changed, upcoming] = await Promise.all([
    appointments.listAppointments({ status: WATCHED, updated_at: { $gt: new Date(now.getTime() - LOOKBACK_HOURS * HOUR) } }, { select, take: 2000 }),
    appointments.listAppointments({ status: ["confirmed", "assigned"], starts_at: { $gt: now, $lte: new Date(now.getTime() + 25 * HOUR) } }, { select, take: 2000 }),
  ])
  const candidates = [...new Map([...changed, ...upcoming].map((a) => [a.id as string, a])).values()]
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
  const [customers, beauticians, customerPreferences, beauticianPreferences] = await Promise.all([
    container.resolve<ICustomerModuleService>(Modules.CUSTOMER).listCustomers({ id: customerIds }, { select: ["id", "email", "phone", "metadata"] }),
    appointments.listBeauticians({ id: beauticianIds }, { select: ["id", "display_name", "phone", "timezone"] }),
    outbox.preferencesOf("customer", customerIds),
    outbox.preferencesOf("beautician", beauticianIds),
  ])
  const customerById = new Map(customers.map((c) => [c.id, c]))
  const beauticianById = new Map(beauticians.map((b) => [b.id as string, b]))

  const deliveries: NewDelivery[] = []
  for (const { appointment, notice } of planned) {
    const address = (appointment.address ?? {}) as Address
    const beautician = beauticianById.get(appointment.beautician_id)
    const customer = customerById.get(appointment.customer_id)
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
        ? { phone: customer?.phone || address.contact_phone, email: customer?.email, wechat_openid: customer?.metadata?.wechat_openid as string | undefined }
        : { phone: beautician?.phone }
    for (const { channel, to } of routesFor(notice.kind, notice.audience, contacts)) {
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
