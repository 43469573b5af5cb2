import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DateTime } from "luxon"
import { dispatchRisks, lateness, toZonedIso, type DispatchRisk } from "@doorstep/booking-core"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService, type AppointmentRow } from "@doorstep/appointments/modules/appointment"
import { rememberedBookableVariant, serviceTitles } from "@doorstep/appointments/lib/services"
import { DISPATCH_MODULE, type DispatchModuleService } from "../modules/dispatch"
import { rankEach, type RankedCandidate } from "./dispatch"
import { LATE_WATCH_MS } from "./late-alerts"
import { DEFAULT_DISPATCH_SETTINGS } from "./settings"

export interface QueueOptions {
  /** One studio's jobs, or every studio's (null). */
  studio: string | null
  now: Date
  /** An offer running out within this many minutes puts its job at risk. */
  expiringMinutes: number
  /** Candidates shown per job. */
  candidates: number
  limit: number
  offset: number
}

/** Jobs the board watches: not yet taken, or still to be done. */
const STILL_TO_DO = ["confirmed", "assigned", "en_route", "arrived", "in_service"]
/** Jobs whose beautician may be late. */
const UNDER_WAY_SOON = ["assigned", "en_route"]
/** The most jobs of one kind the board reads at once; a studio with more unassigned jobs than this has other problems. */
const READ_CAP = 1000

const services = (container: MedusaContainer) => ({
  appointments: container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE),
  dispatch: container.resolve<DispatchModuleService>(DISPATCH_MODULE),
})

/** The ids of the studio's beauticians (all of them, or only those in `status`); null for every studio. */
async function staffOf(appointments: AppointmentModuleService, studio: string | null, status?: string[]) {
  if (!studio && !status) return null
  const rows = await appointments.listBeauticians({ ...(studio ? { merchant_handle: studio } : {}), ...(status ? { status } : {}) }, { select: ["id"] })
  return rows.map((row) => row.id)
}

/** The reasons in words, zh-CN first: what a dispatcher needs to act on. */
function reasonOf(risk: DispatchRisk, job: AppointmentRow, offerExpiresAt: number | null, now: number, timezone: string) {
  const clock = (at: number) => DateTime.fromMillis(at, { zone: timezone }).toFormat("HH:mm")
  switch (risk) {
    case "unassigned":
      return offerExpiresAt === null ? "无人接单，等待派单 · Nobody has taken it; waiting to be assigned" : "已发出邀请，尚无人接单 · Offered; nobody has taken it yet"
    case "late": {
      const late = lateness({ status: job.status, start: new Date(job.starts_at).getTime(), travelInMinutes: job.travel_in_minutes }, now)!
      return late.kind === "not_left" ? `应于 ${clock(late.since)} 出发，尚未出发 · Should have set off by ${clock(late.since)}` : `应于 ${clock(late.since)} 到达，尚未到达 · Should have arrived by ${clock(late.since)}`
    }
    case "offer_expiring":
      return `邀请于 ${clock(offerExpiresAt!)} 到期 · The offer runs out at ${clock(offerExpiresAt!)}`
    case "beautician_suspended":
      return "美容师已被暂停接单 · The beautician is suspended"
  }
}

/**
 * The dispatch board's queue at `now`: a studio's (or every studio's) paid
 * jobs nobody has taken, and those at risk — running late (booking-core's
 * `lateness`, as the late alerts), an offer about to run out, a suspended
 * beautician — soonest first, each with its reasons, its live offer and the
 * candidates dispatch itself would rank for it (the studio's own only, when
 * the board is one studio's).
 */
export async function dispatchQueue(container: MedusaContainer, options: QueueOptions) {
  const { appointments, dispatch } = services(container)
  const timezone = appointments.bookingSettings().timezone
  const now = options.now.getTime()
  const since = new Date(now - LATE_WATCH_MS)
  const [staff, inactive] = await Promise.all([staffOf(appointments, options.studio), staffOf(appointments, options.studio, ["pending", "suspended"])])
  if (staff?.length === 0) return { count: 0, items: [] }
  const scope = staff ? { beautician_id: staff } : {}
  const [unassigned, soon, ofInactive] = await Promise.all([
    appointments.listAppointments({ ...scope, status: "confirmed", starts_at: { $gt: since } }, { order: { starts_at: "ASC" }, take: READ_CAP }),
    appointments.listAppointments({ ...scope, status: UNDER_WAY_SOON, starts_at: { $gt: since, $lt: new Date(now + LATE_WATCH_MS) } }, { order: { starts_at: "ASC" }, take: READ_CAP }),
    inactive!.length ? appointments.listAppointments({ beautician_id: inactive!, status: STILL_TO_DO, starts_at: { $gt: since } }, { take: READ_CAP }) : Promise.resolve([]),
  ])
  const jobs = [...new Map([...unassigned, ...soon, ...ofInactive].map((job) => [job.id, job])).values()]
  const live = jobs.length ? await dispatch.listOffers({ appointment_id: jobs.map((job) => job.id), status: ["pending", "accepted"] }) : []
  const offerOf = new Map(live.map((offer) => [offer.appointment_id, offer]))
  const notActive = new Set(inactive)
  const atRisk = jobs
    .map((job) => {
      const offer = offerOf.get(job.id)
      const offerExpiresAt = offer?.status === "pending" ? new Date(offer.expires_at).getTime() : null
      const clock = { status: job.status, start: new Date(job.starts_at).getTime(), travelInMinutes: job.travel_in_minutes }
      return { job, offer, offerExpiresAt, risks: dispatchRisks({ ...clock, beauticianActive: !notActive.has(job.beautician_id), offerExpiresAt }, now, options.expiringMinutes) }
    })
    .filter((entry) => entry.risks.length > 0)
    .sort((a, b) => new Date(a.job.starts_at).getTime() - new Date(b.job.starts_at).getTime() || a.job.id.localeCompare(b.job.id))
  const page = atRisk.slice(options.offset, options.offset + options.limit)

  const rankings = await candidatesFor(container, page.map((entry) => entry.job), options.now)
  const history = page.length ? await dispatch.listOffers({ appointment_id: page.map((entry) => entry.job.id) }, { select: ["id", "appointment_id", "beautician_id", "status"], order: { created_at: "ASC" } }) : []
  const people = [...new Set([...page.flatMap((entry) => [entry.job.beautician_id, entry.offer?.beautician_id ?? ""]), ...rankings.flat().map((c) => c.id)])].filter(Boolean)
  const beauticians = new Map((people.length ? await appointments.listBeauticians({ id: people }, { select: ["id", "display_name", "status", "merchant_handle"] }) : []).map((b) => [b.id, b]))
  const titles = await serviceTitles(container, page.map((entry) => entry.job.variant_id))
  const at = (date: Date | string) => toZonedIso(new Date(date).getTime(), timezone)

  const items = page.map(({ job, offer, offerExpiresAt, risks }, index) => {
    const address = (job.address ?? {}) as { district?: string; city?: string }
    const askedBefore = new Map(history.filter((o) => o.appointment_id === job.id && o.id !== offer?.id).map((o) => [o.beautician_id, o.status]))
    const beautician = beauticians.get(job.beautician_id)
    return {
      appointment: {
        id: job.id,
        status: job.status,
        start: at(job.starts_at),
        end: at(job.ends_at),
        service: titles.get(job.variant_id) ?? null,
        variant_id: job.variant_id,
        district: address.district ?? null,
        city: address.city ?? null,
        location: { lat: job.lat, lng: job.lng },
        beautician: { id: job.beautician_id, display_name: beautician?.display_name ?? null, status: beautician?.status ?? null, merchant_handle: beautician?.merchant_handle ?? null },
      },
      reasons: risks.map((code) => ({ code, message: reasonOf(code, job, offerExpiresAt, now, timezone) })),
      offer: offer
        ? { id: offer.id, status: offer.status, attempt: offer.attempt, beautician_id: offer.beautician_id, display_name: beauticians.get(offer.beautician_id)?.display_name ?? null, expires_at: at(offer.expires_at) }
        : null,
      candidates: rankings[index]
        .filter((c) => !options.studio || beauticians.get(c.id)?.merchant_handle === options.studio)
        .slice(0, options.candidates)
        .map((c) => ({
          beautician_id: c.id,
          display_name: beauticians.get(c.id)?.display_name ?? null,
          merchant_handle: beauticians.get(c.id)?.merchant_handle ?? null,
          travel_minutes: c.travelMinutes,
          jobs_today: c.jobsToday,
          cost: Math.round(c.cost * 10) / 10,
          asked_before: askedBefore.get(c.id) ?? null,
        })),
    }
  })
  return { count: atRisk.length, items }
}

/**
 * Whom staff could give each job to, by dispatch's own ranking: anyone for a
 * job nobody has taken, anyone but its beautician for one already assigned;
 * nobody for a job under way, or whose service is no longer bookable.
 */
async function candidatesFor(container: MedusaContainer, jobs: AppointmentRow[], now: Date): Promise<RankedCandidate[][]> {
  const open = jobs.filter((job) => job.status === "confirmed" || job.status === "assigned")
  const requests = open.map((job) => ({ appointment: job, excluded: new Set(job.status === "assigned" ? [job.beautician_id] : []) }))
  const ranked = new Map((await rankEach(container, requests, now, DEFAULT_DISPATCH_SETTINGS, rememberedBookableVariant)).map((ranking, index) => [open[index].id, ranking]))
  return jobs.map((job) => {
    const ranking = ranked.get(job.id)
    return !ranking || ranking instanceof DomainError ? [] : ranking
  })
}

/** Job statuses that say where the beautician is: on the way to the address, or there. */
const WHEREABOUTS = ["en_route", "arrived", "in_service"] as const

/**
 * Where a studio's (or every studio's) beauticians are, as their job status
 * reports it — the app sends no live location: on the way to a job's address,
 * at it (where they checked in, else the address), or otherwise at their home
 * base. For the dispatch board's map.
 */
export async function beauticianPositions(container: MedusaContainer, options: { studio: string | null; now: Date; limit: number; offset: number }) {
  const { appointments } = services(container)
  const timezone = appointments.bookingSettings().timezone
  const filter = { ...(options.studio ? { merchant_handle: options.studio } : {}), status: ["active", "suspended"] }
  const [beauticians, count] = await appointments.listAndCountBeauticians(filter, {
    select: ["id", "display_name", "status", "merchant_handle", "home_lat", "home_lng", "home_district"],
    order: { display_name: "ASC", id: "ASC" },
    take: options.limit,
    skip: options.offset,
  })
  const ids = beauticians.map((b) => b.id)
  const jobs = ids.length
    ? await appointments.listAppointments(
        { beautician_id: ids, status: [...WHEREABOUTS], starts_at: { $gt: new Date(options.now.getTime() - LATE_WATCH_MS) } },
        { select: ["id", "beautician_id", "status", "lat", "lng", "address", "check_in", "starts_at"], order: { starts_at: "ASC" } },
      )
    : []
  const changes = jobs.length ? await appointments.listAppointmentEvents({ appointment_id: jobs.map((j) => j.id), status: [...WHEREABOUTS] }, { select: ["appointment_id", "status", "at"] }) : []
  const since = new Map(changes.map((event) => [`${event.appointment_id} ${event.status}`, event.at]))
  // The latest job under way is where they are (an earlier one left behind by a forgotten tap is not).
  const current = new Map(jobs.map((job) => [job.beautician_id, job]))
  const at = (date: Date | string) => toZonedIso(new Date(date).getTime(), timezone)
  const positions = beauticians.map((b) => {
    const job = current.get(b.id)
    const who = { beautician_id: b.id, display_name: b.display_name, status: b.status, merchant_handle: b.merchant_handle }
    if (!job) return { ...who, state: "home" as const, location: { lat: b.home_lat, lng: b.home_lng }, district: b.home_district ?? null, appointment_id: null, since: null }
    const checkIn = job.check_in as { lat?: number | null; lng?: number | null } | null
    const there = job.status !== "en_route" && typeof checkIn?.lat === "number" && typeof checkIn?.lng === "number" ? { lat: checkIn.lat, lng: checkIn.lng } : { lat: job.lat, lng: job.lng }
    const changed = since.get(`${job.id} ${job.status}`)
    return {
      ...who,
      state: job.status as (typeof WHEREABOUTS)[number],
      location: there,
      district: (job.address as { district?: string } | null)?.district ?? null,
      appointment_id: job.id,
      since: changed ? at(changed) : null,
    }
  })
  return { count, positions }
}
