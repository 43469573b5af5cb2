import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { canTransition, checkInDistance, navigationLinks, toZonedIso, type AppointmentStatus } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import type { JobStepBody } from "../api/pro/jobs/validators"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { AppointmentChangedError, type AppointmentRow } from "../modules/appointment/service"

/** Statuses in which an appointment is a beautician's job. */
export const JOB_STATUSES: readonly AppointmentStatus[] = ["assigned", "en_route", "arrived", "in_service", "completed", "no_show"]

const HOUR = 3_600_000

/** The signed-in beautician's job by id; anyone else's, or one not yet theirs, is "not found". */
export async function ownJob(req: AuthenticatedMedusaRequest) {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [job] = await appointments.listAppointments({ id: req.params.id, beautician_id: req.auth_context.actor_id, status: [...JOB_STATUSES] })
  if (!job) throw new DomainError(404, "JOB_NOT_FOUND", `No job ${req.params.id} of yours`)
  return { job, appointments }
}

/** Where the beautician checked in and how far from the address; a phone that gave no location is flagged. */
function arrival(job: AppointmentRow, location: { lat: number; lng: number } | undefined) {
  if (!location) return { lat: null, lng: null, meters: null, flagged: true }
  return { ...location, ...checkInDistance({ lat: job.lat, lng: job.lng }, location) }
}

/**
 * Takes the job one step, if the state machine allows it from where it is:
 * arriving records the check-in (flagged, never refused, when far from the
 * address or without a location); completing records the service. Two taps
 * at once move it once.
 */
export async function advanceJob(req: AuthenticatedMedusaRequest, step: JobStepBody, now = Date.now()) {
  const { job, appointments } = await ownJob(req)
  const from = job.status as AppointmentStatus
  if (!canTransition(from, step.status)) {
    throw new DomainError(409, "INVALID_TRANSITION", `A job that is ${from} cannot become ${step.status}`)
  }
  const checkIn = step.status === "arrived" ? { ...arrival(job, step.location), at: new Date(now).toISOString() } : undefined
  const record =
    step.status === "completed" ? { ...step.service_record, at: new Date(now).toISOString() } : step.status === "no_show" && step.note ? { note: step.note } : undefined
  try {
    await appointments.advanceJob({
      id: job.id,
      beautician_id: job.beautician_id,
      from,
      to: step.status,
      actor: `beautician:${job.beautician_id}`,
      check_in: checkIn,
      service_record: record,
    })
  } catch (error) {
    if (error instanceof AppointmentChangedError) throw new DomainError(409, "INVALID_TRANSITION", "The job changed meanwhile; reload it")
    throw error
  }
  const [advanced] = await appointments.listAppointments({ id: job.id })
  return { job: advanced, timezone: appointments.bookingSettings().timezone, now }
}

interface JobAddress {
  line1?: string
  city?: string
  district?: string
  contact_name?: string
  contact_phone?: string
  notes?: string
}

/** The last four digits of a customer's phone, the most a beautician or a list is shown. */
export const phoneLast4 = (phone: string | null | undefined): string | null => (phone && phone.length >= 4 ? phone.slice(-4) : null)

/**
 * A job as its beautician sees it. The full address, the customer's
 * requests and the way there only while the job is theirs and until 24 hours
 * after it ends; the customer's phone never whole, only its last four digits.
 */
export function serializeJob(job: AppointmentRow, timezone: string, now = Date.now()) {
  const address = job.address as JobAddress
  const ends = new Date(job.ends_at).getTime()
  const visible = now < ends + 24 * HOUR
  return {
    id: job.id,
    status: job.status,
    variant_id: job.variant_id,
    start: toZonedIso(new Date(job.starts_at).getTime(), timezone),
    end: toZonedIso(ends, timezone),
    travel_in_minutes: job.travel_in_minutes,
    customer: { name: address.contact_name ?? null, phone_last4: phoneLast4(address.contact_phone) },
    address: visible ? { line1: address.line1 ?? null, district: address.district ?? null, city: address.city ?? null, lat: job.lat, lng: job.lng, notes: address.notes || null } : { district: address.district ?? null, city: address.city ?? null },
    navigation: visible ? navigationLinks({ lat: job.lat, lng: job.lng }, address.line1 ?? "") : null,
    check_in: job.check_in,
    service_record: job.service_record,
  }
}
