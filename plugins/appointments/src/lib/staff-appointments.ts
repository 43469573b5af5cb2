import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { canTransition, STAFF_MOVABLE_STATUSES, toZonedIso, type AppointmentStatus } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import type { AppointmentRow } from "../modules/appointment/service"
import { cancellationQuote, policyOf, serializeQuote } from "./cancellation"
import { localDateSpan } from "./date-span"
import { phoneLast4 } from "./jobs"
import { balanceDue } from "./payment-terms"
import { refundableFen } from "./refunds"
import { serviceTitles } from "./services"

/**
 * The back office's appointments: lists a studio's staff filter and page on
 * the server, and one appointment with everything staff need to act on it.
 * Which studio a caller may see, the staff gate and `studioScope` decide
 * before these run.
 */

export interface AppointmentFilters {
  /** One studio's (its beauticians' appointments), or every studio's (null). */
  studio: string | null
  status?: AppointmentStatus[]
  from?: string
  to?: string
  beautician_id?: string
  variant_id?: string
  customer_id?: string
  order: "starts_at" | "-starts_at" | "created_at" | "-created_at"
  limit: number
  offset: number
}

interface StaffAddress {
  line1?: string
  district?: string
  city?: string
  contact_name?: string
  contact_phone?: string
  notes?: string
}


export async function listStaffAppointments(container: MedusaContainer, filters: AppointmentFilters) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const timezone = appointments.bookingSettings().timezone
  let beauticianIds: string[] | undefined = filters.beautician_id ? [filters.beautician_id] : undefined
  if (filters.studio) {
    const staff = (await appointments.listBeauticians({ merchant_handle: filters.studio }, { select: ["id"] })).map((b) => b.id)
    beauticianIds = beauticianIds ? beauticianIds.filter((id) => staff.includes(id)) : staff
    if (beauticianIds.length === 0) return { count: 0, appointments: [] }
  }
  const span = filters.from || filters.to ? localDateSpan({ from: filters.from ?? "1970-01-01", to: filters.to ?? "2999-12-31" }, timezone) : undefined
  const where = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(beauticianIds ? { beautician_id: beauticianIds } : {}),
    ...(filters.variant_id ? { variant_id: filters.variant_id } : {}),
    ...(filters.customer_id ? { customer_id: filters.customer_id } : {}),
    ...(span ? { starts_at: { $gte: span.start, $lt: span.end } } : {}),
  }
  const field = filters.order.replace(/^-/, "") as "starts_at" | "created_at"
  const direction = filters.order.startsWith("-") ? "DESC" : "ASC"
  const [rows, count] = await appointments.listAndCountAppointments(where, { order: { [field]: direction, id: direction }, take: filters.limit, skip: filters.offset })
  const [titles, names] = await Promise.all([serviceTitles(container, rows.map((row) => row.variant_id)), beauticianNames(appointments, rows)])
  return {
    count,
    appointments: rows.map((row) => {
      const address = (row.address ?? {}) as StaffAddress
      return {
        id: row.id,
        status: row.status,
        start: toZonedIso(new Date(row.starts_at).getTime(), timezone),
        end: toZonedIso(new Date(row.ends_at).getTime(), timezone),
        service: titles.get(row.variant_id) ?? null,
        variant_id: row.variant_id,
        beautician: { id: row.beautician_id, ...(names.get(row.beautician_id) ?? { display_name: null, merchant_handle: null }) },
        customer: { id: row.customer_id, name: address.contact_name ?? null, phone_last4: phoneLast4(address.contact_phone) },
        district: address.district ?? null,
        paid_fen: row.paid_fen,
        refund_fen: row.refund_fen,
        payment_status: row.payment_status,
        created_at: new Date(row.created_at).toISOString(),
      }
    }),
  }
}

async function beauticianNames(appointments: AppointmentModuleService, rows: Array<{ beautician_id: string }>) {
  const ids = [...new Set(rows.map((row) => row.beautician_id))]
  const beauticians = ids.length ? await appointments.listBeauticians({ id: ids }, { select: ["id", "display_name", "merchant_handle"] }) : []
  return new Map(beauticians.map((b) => [b.id, { display_name: b.display_name, merchant_handle: b.merchant_handle }]))
}

/** The appointment a back-office route names; the staff gate has already answered "not found" for another studio's. */
export async function staffAppointment(req: AuthenticatedMedusaRequest) {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [appointment] = await appointments.listAppointments({ id: req.params.id })
  if (!appointment) throw new DomainError(404, "APPOINTMENT_NOT_FOUND", `No appointment ${req.params.id}`)
  return { appointment, appointments }
}

/** The policy's quote for cancelling now, and whether staff may cancel or move it at all. */
export function staffOptions(appointment: AppointmentRow, appointments: AppointmentModuleService, now: number) {
  const quote = cancellationQuote(policyOf(appointment, appointments.bookingSettings().policy), appointment, now)
  return {
    cancel: canTransition(appointment.status, "cancelled"),
    reschedule: STAFF_MOVABLE_STATUSES.includes(appointment.status),
    refundable_fen: refundableFen(appointment),
    cancellation_quote: serializeQuote(quote),
  }
}

/**
 * One appointment as its studio's staff see it: the whole address and phone
 * (the read is in the access log), the status timeline with who moved it,
 * every cancellation, move and refund with the reason given, the money, the
 * check-in and the beautician's service record with its photos.
 */
export async function staffAppointmentDetail(container: MedusaContainer, appointment: AppointmentRow, now = Date.now()) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const timezone = appointments.bookingSettings().timezone
  const at = (value: Date | string) => toZonedIso(new Date(value).getTime(), timezone)
  const [events, changes, titles, names] = await Promise.all([
    appointments.listAppointmentEvents({ appointment_id: appointment.id }, { order: { at: "ASC" } }),
    appointments.listAppointmentChanges({ appointment_id: appointment.id }, { order: { created_at: "ASC" } }),
    serviceTitles(container, [appointment.variant_id]),
    beauticianNames(appointments, [appointment]),
  ])
  const address = (appointment.address ?? {}) as StaffAddress
  return {
    id: appointment.id,
    status: appointment.status,
    start: at(appointment.starts_at),
    end: at(appointment.ends_at),
    travel_in_minutes: appointment.travel_in_minutes,
    service: titles.get(appointment.variant_id) ?? null,
    variant_id: appointment.variant_id,
    beautician: { id: appointment.beautician_id, ...(names.get(appointment.beautician_id) ?? { display_name: null, merchant_handle: null }) },
    customer: { id: appointment.customer_id, name: address.contact_name ?? null, phone: address.contact_phone ?? null },
    address: { line1: address.line1 ?? null, district: address.district ?? null, city: address.city ?? null, notes: address.notes || null, lat: appointment.lat, lng: appointment.lng },
    payment: {
      order_id: appointment.order_id,
      status: appointment.payment_status,
      price_fen: appointment.price_fen ?? null,
      paid_fen: appointment.paid_fen,
      balance_due_fen: balanceDue(appointment),
      balance_paid_fen: appointment.balance_paid_fen ?? null,
      cancellation_fee_fen: appointment.cancellation_fee_fen,
      refund_fen: appointment.refund_fen,
    },
    timeline: events.map((event) => ({ status: event.status, from_status: event.from_status, actor: event.actor, at: at(event.at) })),
    changes: changes.map((change) => ({ kind: change.kind, actor: change.actor, reason: change.reason, details: change.details, at: at(change.created_at) })),
    check_in: appointment.check_in,
    service_record: appointment.service_record,
    actions: staffOptions(appointment, appointments, now),
    created_at: new Date(appointment.created_at).toISOString(),
  }
}
