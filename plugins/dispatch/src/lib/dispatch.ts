import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DateTime } from "luxon"
import { batchedAssignment, competingGroups, dispatchCost, planVisit, straightLineEstimator } from "@doorstep/booking-core"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { planAgain } from "@doorstep/appointments/lib/plan-again"
import { loadCalendars } from "@doorstep/appointments/lib/schedules"
import { loadBookableVariant } from "@doorstep/appointments/lib/services"
import { APPOINTMENT_MODULE, AppointmentChangedError, isOverlapViolation, type AppointmentModuleService, type AppointmentRow } from "@doorstep/appointments/modules/appointment"
import { DISPATCH_MODULE, OfferClosedError, OfferNotFoundError, type DispatchModuleService } from "../modules/dispatch"
import { pushToBeautician } from "./push"
import { DEFAULT_DISPATCH_SETTINGS, type DispatchSettings } from "./settings"

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** Candidates considered for the next offer, nearest homes first. */
const CANDIDATES = 48
/** Appointments matched in one round of the batched assignment, soonest first. */
const BATCH_SIZE = 200
const SETTLED_MS = 2 * MINUTE
/** Jobs closer than this (twice over: either side) may need the same beautician, travel between them included. */
const COMPETING_MARGIN_MS = 2 * HOUR

const services = (container: MedusaContainer) => ({
  appointments: container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE),
  dispatch: container.resolve<DispatchModuleService>(DISPATCH_MODULE),
})

/**
 * Moves the appointment, at its own time, onto the beautician's calendar
 * (planned under their calendar lock, from its current status); false when
 * they do not perform the service there or are not free then.
 */
async function moveTo(container: MedusaContainer, appointment: AppointmentRow, beauticianId: string, now: Date): Promise<boolean> {
  const { appointments } = services(container)
  return await planAgain(
    container,
    appointments,
    appointment,
    new Date(appointment.starts_at).getTime(),
    now.getTime(),
    (row, context) => appointments.moveAppointment({ id: appointment.id, expected_status: appointment.status, now, ...row, beautician_id: beauticianId }, context),
    beauticianId,
  )
}

/** A paid appointment's first offer goes to the beautician whose calendar it is on: the one the customer chose, or the nearest free one. */
export async function startDispatch(container: MedusaContainer, appointmentId: string, now: Date, settings = DEFAULT_DISPATCH_SETTINGS) {
  const { appointments, dispatch } = services(container)
  const [appointment] = await appointments.listAppointments({ id: appointmentId })
  if (!appointment || appointment.status !== "confirmed") return
  if ((await dispatch.listOffers({ appointment_id: appointmentId }, { select: ["id"], take: 1 })).length > 0) return
  await offerJob(container, appointment, appointment.beautician_id, 1, now, settings)
}

/**
 * Opens the offer and tells the beautician: the live stream hears of it from
 * the database; a Web Push reaches a phone whose app is closed.
 */
async function offerJob(container: MedusaContainer, appointment: AppointmentRow, beauticianId: string, attempt: number, now: Date, settings: DispatchSettings) {
  const { appointments, dispatch } = services(container)
  await dispatch.openOffer({ appointment_id: appointment.id, beautician_id: beauticianId, attempt, expires_at: new Date(now.getTime() + settings.offerMinutes * MINUTE), actor: "system" })
  const timezone = appointments.bookingSettings().timezone
  const when = DateTime.fromJSDate(new Date(appointment.starts_at)).setZone(timezone).toFormat("M月d日 HH:mm")
  const district = (appointment.address as { district?: string }).district ?? ""
  void pushToBeautician(
    container,
    beauticianId,
    {
      title: "新的预约邀请 · New job offer",
      body: `${when} ${district}，请在 ${settings.offerMinutes} 分钟内回复 · Answer within ${settings.offerMinutes} min`,
      url: "/pro",
      tag: `offer-${appointment.id}`,
    },
    settings.offerMinutes * 60,
  ).catch((error) => container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Web Push for an offer failed: ${(error as Error).message}`))
}

/**
 * The beautician takes the job: the offer closes as accepted and the
 * appointment becomes theirs (`assigned`) — both conditional, so exactly one
 * answer wins and a job cancelled meanwhile is not taken. Only an active
 * beautician may accept.
 */
export async function acceptOffer(container: MedusaContainer, offerId: string, beauticianId: string, now: Date) {
  const { appointments, dispatch } = services(container)
  // A beautician suspended since the offer was made takes nothing; the offer runs out and moves on.
  const [beautician] = await appointments.listBeauticians({ id: beauticianId }, { select: ["status"] })
  if (beautician?.status !== "active") throw new DomainError(409, "BEAUTICIAN_NOT_ACTIVE", "您的账号已暂停接单 · Your account may not take jobs now")
  const offer = await answer(dispatch, { id: offerId, beautician_id: beauticianId, answer: "accepted", now })
  try {
    await appointments.advanceJob({ id: offer.appointment_id, beautician_id: beauticianId, from: "confirmed", to: "assigned", actor: `beautician:${beauticianId}` })
  } catch (error) {
    if (!(error instanceof AppointmentChangedError)) throw error
    await dispatch.withdrawOffer(offer.id, "the appointment changed before it was accepted")
    throw new DomainError(409, "OFFER_CLOSED", "This appointment was changed or cancelled meanwhile")
  }
  return offer
}

/** The beautician passes, with a reason; the job is offered to the next candidate. */
export async function declineOffer(container: MedusaContainer, offerId: string, beauticianId: string, reason: string, now: Date, settings = DEFAULT_DISPATCH_SETTINGS) {
  const { dispatch } = services(container)
  const offer = await answer(dispatch, { id: offerId, beautician_id: beauticianId, answer: "declined", reason, now })
  await offerNext(container, offer.appointment_id, now, settings)
  return offer
}

/** Offers nobody answered in time expire, and their jobs go to the next candidate. One instance at a time. */
export async function expireOffers(container: MedusaContainer, now: Date, settings = DEFAULT_DISPATCH_SETTINGS) {
  const expired = await services(container).dispatch.expireDueOffers(now)
  for (const offer of expired ?? []) await offerNext(container, offer.appointment_id, now, settings)
  return expired
}

async function answer(dispatch: DispatchModuleService, input: Parameters<DispatchModuleService["answerOffer"]>[0]) {
  try {
    return await dispatch.answerOffer(input)
  } catch (error) {
    if (error instanceof OfferClosedError) throw new DomainError(409, "OFFER_CLOSED", "This offer is no longer open")
    if (error instanceof OfferNotFoundError) throw new DomainError(404, "OFFER_NOT_FOUND", "没有这个派单 · No such offer")
    throw error
  }
}

/**
 * The next candidate for a confirmed appointment nobody has taken yet: active,
 * performing the service, coming to the address, free then with travel from
 * and to their neighbouring jobs, not offered it before — the one with the
 * least dispatch cost (travel, rating, acceptance, the day's load). The
 * appointment moves to their calendar (planned under their calendar lock)
 * and is offered to them. After `maxOffers`, or with nobody left, it goes to
 * the merchant's queue.
 */
export async function offerNext(container: MedusaContainer, appointmentId: string, now: Date, settings = DEFAULT_DISPATCH_SETTINGS): Promise<{ outcome: "offered"; beauticianId: string } | { outcome: "queued" | "closed" }> {
  const { appointments, dispatch } = services(container)
  const [appointment] = await appointments.listAppointments({ id: appointmentId })
  if (!appointment || appointment.status !== "confirmed") return { outcome: "closed" }
  const offers = await dispatch.listOffers({ appointment_id: appointmentId }, { select: ["beautician_id"] })
  const queue = async (reason: string) => {
    await dispatch.recordDecision({ appointment_id: appointmentId, action: "queued", beautician_id: null, actor: "system", reason })
    return { outcome: "queued" } as const
  }
  if (offers.length >= settings.maxOffers) return await queue(`no beautician accepted after ${offers.length} offers`)

  const ranked = await rankCandidates(container, appointment, new Set(offers.map((offer) => offer.beautician_id)), now, settings)
  for (const candidate of ranked) {
    try {
      if (!(await moveTo(container, appointment, candidate.id, now))) continue
    } catch (error) {
      if (isOverlapViolation(error)) continue
      if (error instanceof AppointmentChangedError) return { outcome: "closed" }
      throw error
    }
    await offerJob(container, appointment, candidate.id, offers.length + 1, now, settings)
    return { outcome: "offered", beauticianId: candidate.id }
  }
  return await queue("no other beautician who performs the service is free then")
}

/** A candidate as dispatch ranks them: the trip, the day's load, and the dispatch cost they weigh in. */
export interface RankedCandidate {
  id: string
  travelMinutes: number
  jobsToday: number
  cost: number
}

/**
 * The candidates for an appointment, cheapest first, with their dispatch cost
 * (and the trip and the day's load it weighs): active, performing the
 * service, coming to the address, free then with travel from and to their
 * neighbouring jobs, and not in `excluded` (offered it before). The dispatch
 * board shows the same ranking staff assign from.
 */
export async function rankCandidates(container: MedusaContainer, appointment: AppointmentRow, excluded: Set<string>, now: Date, settings: DispatchSettings) {
  const [ranked] = await rankEach(container, [{ appointment, excluded }], now, settings)
  if (ranked instanceof DomainError) throw ranked
  return ranked
}

/**
 * `rankCandidates` for several appointments at once (a batch round, a page
 * of the dispatch board): what they share — their services, the candidates'
 * acceptance and ratings, who served whom before — is read once for all. An
 * appointment whose service can no longer be booked gets its refusal in place
 * of a ranking. `variantOf` may answer from memory where a moment's staleness
 * does no harm (the board only shows the ranking).
 */
export async function rankEach(
  container: MedusaContainer,
  requests: ReadonlyArray<{ appointment: AppointmentRow; excluded: Set<string> }>,
  now: Date,
  settings: DispatchSettings,
  variantOf: typeof loadBookableVariant = loadBookableVariant,
): Promise<Array<RankedCandidate[] | DomainError>> {
  const { appointments, dispatch } = services(container)
  const refusedOrVariant = (variantId: string) => variantOf(container, variantId).catch((error) => (error instanceof DomainError ? error : Promise.reject(error)))
  const variantIds = [...new Set(requests.map((r) => r.appointment.variant_id))]
  const variants = new Map(await Promise.all(variantIds.map(async (id) => [id, await refusedOrVariant(id)] as const)))
  const roster = await appointments.roster()
  const { slots, travel: travelSettings } = appointments.bookingSettings()
  const travel = straightLineEstimator(travelSettings)
  const planned = await Promise.all(
    requests.map(async ({ appointment, excluded }) => {
      const variant = variants.get(appointment.variant_id)!
      if (variant instanceof DomainError) return variant
      const address = { location: { lat: appointment.lat, lng: appointment.lng }, district: (appointment.address as { district?: string }).district }
      const start = new Date(appointment.starts_at).getTime()
      const durationMinutes = (new Date(appointment.ends_at).getTime() - start) / MINUTE
      // The nearest homes that have not had it yet; most answers lie among them.
      const candidates = roster.serving(variant.productId, address, variant.merchantHandle).filter((b) => !excluded.has(b.id)).slice(0, CANDIDATES)
      const calendars = await loadCalendars(appointments, candidates, { start, end: start + durationMinutes * MINUTE }, now.getTime(), { fromMemory: true })
      return calendars.flatMap((calendar) => {
        // The appointment does not stand in its own way (it may be on this calendar already).
        const own = { ...calendar, visits: calendar.visits.filter((visit) => visit.id !== appointment.id) }
        const plan = planVisit(own, start, durationMinutes, address, slots, travel)
        // The day's load: jobs within 12 hours either side of this one.
        return plan ? [{ id: calendar.id, travelMinutes: plan.travelInMinutes, jobsToday: own.visits.filter((v) => Math.abs(v.start - start) < 12 * HOUR).length }] : []
      })
    }),
  )
  const ids = [...new Set(planned.flatMap((p) => (p instanceof DomainError ? [] : p.map((c) => c.id))))]
  const [acceptance, reputations, familiar] = await Promise.all([
    dispatch.acceptanceRates(ids, new Date(now.getTime() - 30 * DAY)),
    ids.length ? appointments.listBeauticians({ id: ids }, { select: ["id", "rating", "review_count"] }) : Promise.resolve([]),
    familiarity(container, [...new Set(requests.map((r) => r.appointment.customer_id))], ids),
  ])
  const reputation = new Map(reputations.map((b) => [b.id, b]))
  return planned.map((candidates, index) => {
    if (candidates instanceof DomainError) return candidates
    const customer = requests[index].appointment.customer_id
    return candidates
      .map((c) => ({
        ...c,
        cost: dispatchCost(
          {
            travelMinutes: c.travelMinutes,
            rating: reputation.get(c.id)?.rating ?? null,
            reviewCount: reputation.get(c.id)?.review_count ?? 0,
            acceptanceRate: acceptance.get(c.id) ?? null,
            jobsToday: c.jobsToday,
            dailyCap: settings.dailyCap,
            favourite: familiar.favourites.has(`${customer} ${c.id}`),
            servedBefore: familiar.served.has(`${customer} ${c.id}`),
          },
          settings.weights,
        ),
      }))
      .filter((c) => c.cost !== Infinity)
      .sort((a, b) => a.cost - b.cost || a.id.localeCompare(b.id))
  })
}

/** The trust plugin's module, whose reviews say what a customer thought of a visit; dispatch reads them when it is loaded, without depending on it. */
const REVIEWS_MODULE = "review"
interface ReviewsReader {
  listReviews(filter: { appointment_id: string[]; customer_id: string[] }, config: { select: string[] }): Promise<Array<{ customer_id: string; beautician_id: string; rating: number }>>
}
/** The recommendations plugin's module, where customers mark favourite beauticians; read the same way. */
const TASTE_MODULE = "taste"
interface TasteReader {
  favouritePairs(customerIds: string[]): Promise<Set<string>>
}

/**
 * Which of the beauticians have served which of the customers before (a
 * completed appointment of theirs), and which are the customer's favourites:
 * marked so by the customer, or rated 4 stars or more for such a visit — as
 * "customer beautician" pairs. Hidden reviews count too: they are hidden from
 * the public, not from the customer's own opinion.
 */
async function familiarity(container: MedusaContainer, customerIds: string[], beauticianIds: string[]) {
  if (beauticianIds.length === 0 || customerIds.length === 0) return { served: new Set<string>(), favourites: new Set<string>() }
  const { appointments } = services(container)
  const candidates = new Set(beauticianIds)
  const [past, marked] = await Promise.all([
    appointments.listAppointments({ customer_id: customerIds, beautician_id: beauticianIds, status: "completed" }, { select: ["id", "customer_id", "beautician_id"] }),
    container.hasRegistration(TASTE_MODULE) ? container.resolve<TasteReader>(TASTE_MODULE).favouritePairs(customerIds) : new Set<string>(),
  ])
  const favourites = new Set([...marked].filter((pair) => candidates.has(pair.split(" ")[1])))
  const served = new Set(past.map((a) => `${a.customer_id} ${a.beautician_id}`))
  if (past.length === 0 || !container.hasRegistration(REVIEWS_MODULE)) return { served, favourites }
  const reviews = await container
    .resolve<ReviewsReader>(REVIEWS_MODULE)
    .listReviews({ appointment_id: past.map((a) => a.id), customer_id: customerIds }, { select: ["customer_id", "beautician_id", "rating"] })
  for (const r of reviews) if (r.rating >= 4 && served.has(`${r.customer_id} ${r.beautician_id}`)) favourites.add(`${r.customer_id} ${r.beautician_id}`)
  return { served, favourites }
}

/**
 * Every few minutes: the future paid appointments nobody has taken and that
 * have no live offer (the merchant's queue, or offers that ran out) are matched
 * to beauticians all together, at the least total dispatch cost, by rounds of
 * booking-core's `batchedAssignment` (the policy `npm run bench:dispatch`
 * measures), one round per group of jobs near each other in time (each
 * beautician gets one job per group). Every job is matched exactly, but only
 * those starting within `batchOfferLeadHours` are offered now; later ones
 * stay unoffered and are matched again next time, with whatever has come in
 * meanwhile, so an early commitment does not take the beautician a later job
 * needs. Candidates who had an appointment before are not asked again. One
 * instance at a time.
 */
export async function assignInBatch(container: MedusaContainer, now: Date, settings = DEFAULT_DISPATCH_SETTINGS) {
  const { appointments, dispatch } = services(container)
  return await dispatch.withBatchLock(async () => {
    // Settled for a couple of minutes, so a payment's own first offer (a subscriber, seconds later) is never raced.
    const waiting = await appointments.listAppointments(
      { status: "confirmed", starts_at: { $gt: now }, updated_at: { $lt: new Date(now.getTime() - SETTLED_MS) } },
      { order: { starts_at: "ASC" }, take: BATCH_SIZE },
    )
    const live = new Set((await dispatch.listOffers({ appointment_id: waiting.map((a) => a.id), status: ["pending", "accepted"] }, { select: ["appointment_id"] })).map((o) => o.appointment_id))
    const open = waiting.filter((a) => !live.has(a.id))
    const dueBefore = now.getTime() + settings.batchOfferLeadHours * HOUR
    const due = open.map((a) => new Date(a.starts_at).getTime() <= dueBefore)
    if (!due.some(Boolean)) return []
    const offers = await dispatch.listOffers({ appointment_id: open.map((a) => a.id) }, { select: ["appointment_id", "beautician_id"] })
    const tried = (id: string) => new Set(offers.filter((o) => o.appointment_id === id).map((o) => o.beautician_id))
    // Only jobs near each other in time compete for a beautician; each such group is one round.
    const ranges = open.map((a) => ({ start: new Date(a.blocked_from).getTime(), end: new Date(a.blocked_until).getTime() }))
    const offered: Array<{ appointmentId: string; beauticianId: string }> = []
    for (const group of competingGroups(ranges, COMPETING_MARGIN_MS)) {
      if (!group.some((index) => due[index])) continue
      // A job whose service can no longer be booked has nobody to match.
      const rankings = (await rankEach(container, group.map((index) => ({ appointment: open[index], excluded: tried(open[index].id) })), now, settings)).map((ranking) => (ranking instanceof DomainError ? [] : ranking))
      const columns = [...new Set(rankings.flatMap((ranking) => ranking.map((c) => c.id)))]
      const column = new Map(columns.map((id, index) => [id, index]))
      const candidates = rankings.map((ranking) => ranking.map((c) => [column.get(c.id)!, c.cost] as const))
      for (const [row, matched] of batchedAssignment(candidates, columns.length, group.map((index) => due[index]))) {
        const appointment = open[group[row]]
        const beauticianId = columns[matched]
        try {
          if (!(await moveTo(container, appointment, beauticianId, now))) continue
        } catch (error) {
          if (isOverlapViolation(error) || error instanceof AppointmentChangedError) continue
          throw error
        }
        await offerJob(container, appointment, beauticianId, tried(appointment.id).size + 1, now, settings)
        offered.push({ appointmentId: appointment.id, beauticianId })
      }
    }
    return offered
  })
}

/**
 * Staff assign a confirmed job, or reassign an assigned one, to a beautician
 * of their choice, with the same checks as any booking: the beautician performs
 * the service, comes to the address and is free then with travel. The job
 * moves to their calendar (the previous beautician's time is free at once),
 * any live offer is withdrawn, and the decision is logged with who and why.
 */
export async function assignManually(
  container: MedusaContainer,
  input: { appointmentId: string; beauticianId: string; actor: string; reason: string; now: Date },
) {
  const { appointments, dispatch } = services(container)
  const [appointment] = await appointments.listAppointments({ id: input.appointmentId })
  if (!appointment) throw new DomainError(404, "APPOINTMENT_NOT_FOUND", `No appointment ${input.appointmentId}`)
  if (appointment.status !== "confirmed" && appointment.status !== "assigned") {
    throw new DomainError(409, "INVALID_TRANSITION", `An appointment that is ${appointment.status} cannot be assigned`)
  }
  const unavailable = () => new DomainError(409, "SLOT_UNAVAILABLE", "That beautician does not perform this service here, or is not free then")
  try {
    if (!(await moveTo(container, appointment, input.beauticianId, input.now))) throw unavailable()
  } catch (error) {
    if (isOverlapViolation(error)) throw unavailable()
    if (error instanceof AppointmentChangedError) throw new DomainError(409, "INVALID_TRANSITION", "The appointment changed meanwhile; reload it")
    throw error
  }
  if (appointment.status === "confirmed") {
    await appointments.advanceJob({ id: appointment.id, beautician_id: input.beauticianId, from: "confirmed", to: "assigned", actor: input.actor })
  }
  await withdrawLiveOffers(container, appointment.id, "assigned by staff")
  await dispatch.recordDecision({ appointment_id: appointment.id, action: "assigned", beautician_id: input.beauticianId, actor: input.actor, reason: input.reason })
}

/** Takes back the appointment's pending or accepted offer, if any, logging why. */
export async function withdrawLiveOffers(container: MedusaContainer, appointmentId: string, reason: string) {
  const { dispatch } = services(container)
  for (const offer of await dispatch.listOffers({ appointment_id: appointmentId, status: ["pending", "accepted"] }, { select: ["id"] })) {
    await dispatch.withdrawOffer(offer.id, reason)
  }
}
