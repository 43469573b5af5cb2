import crypto from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "../api/domain-error"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { FEED_WINDOW, type FeedJob } from "./calendar-ics"
import { JOB_STATUSES } from "./jobs"
import { isUniqueViolation } from "./unique-violation"

/** A feed URL's token: 32 bytes of HMAC-SHA256, base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/

export const feedToken = (secret: string, beauticianId: string, salt: string) =>
  crypto.createHmac("sha256", secret).update(`doorstep.calendar-feed:${beauticianId}:${salt}`).digest("base64url")
export const tokenHash = (token: string) => crypto.createHash("sha256").update(token).digest("hex")
const newSalt = () => crypto.randomBytes(16).toString("base64url")

function secretOf(appointments: AppointmentModuleService): string {
  const secret = appointments.calendarFeeds.calendarFeedSecret
  if (!secret) throw new DomainError(503, "CALENDAR_FEED_UNAVAILABLE", "日历订阅暂不可用 · Calendar subscriptions are not available on this server")
  return secret
}

/** The beautician's feed token: the same on every call, made on the first. */
export async function calendarFeedToken(appointments: AppointmentModuleService, beauticianId: string): Promise<string> {
  const secret = secretOf(appointments)
  const [feed] = await appointments.listCalendarFeeds({ beautician_id: beauticianId })
  if (feed) return feedToken(secret, beauticianId, feed.salt)
  const salt = newSalt()
  try {
    await appointments.createCalendarFeeds({ beautician_id: beauticianId, salt, token_hash: tokenHash(feedToken(secret, beauticianId, salt)) })
    return feedToken(secret, beauticianId, salt)
  } catch (error) {
    // Two first calls at once: the other made it.
    if (!isUniqueViolation(error)) throw error
    const [made] = await appointments.listCalendarFeeds({ beautician_id: beauticianId })
    return feedToken(secret, beauticianId, made.salt)
  }
}

/** A new token for the beautician's feed: from now on the old URL finds nothing. */
export async function renewCalendarFeed(appointments: AppointmentModuleService, beauticianId: string): Promise<string> {
  const secret = secretOf(appointments)
  const salt = newSalt()
  const token = feedToken(secret, beauticianId, salt)
  const [feed] = await appointments.listCalendarFeeds({ beautician_id: beauticianId })
  if (feed) await appointments.updateCalendarFeeds({ id: feed.id, salt, token_hash: tokenHash(token) })
  else await appointments.createCalendarFeeds({ beautician_id: beauticianId, salt, token_hash: tokenHash(token) })
  return token
}

/** Whose feed a token opens, or null (malformed, renewed away, never made). */
export async function beauticianOfToken(appointments: AppointmentModuleService, token: string): Promise<string | null> {
  if (!TOKEN.test(token)) return null
  const [feed] = await appointments.listCalendarFeeds({ token_hash: tokenHash(token) })
  return feed?.beautician_id ?? null
}

/** Where a phone calendar fetches the feed: commerce's public address, else the one this request came to. */
export function calendarFeedUrl(appointments: AppointmentModuleService, requestOrigin: string, token: string): string {
  const base = (appointments.calendarFeeds.publicUrl || requestOrigin).replace(/\/+$/, "")
  return `${base}/calendar/${token}.ics`
}

const DAY = 86_400_000

/**
 * The beautician's jobs a feed lists, with their service's name: every job in
 * the window, and the cancelled visits that had been theirs (assigned to
 * them) so that phones strike them out.
 */
export async function feedJobs(container: MedusaContainer, beauticianId: string, now: number): Promise<FeedJob[]> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const rows = await appointments.listAppointments(
    { beautician_id: beauticianId, status: [...JOB_STATUSES, "cancelled"], starts_at: { $gte: new Date(now - FEED_WINDOW.pastDays * DAY), $lt: new Date(now + FEED_WINDOW.futureDays * DAY) } },
    { order: { starts_at: "ASC" }, take: 500 },
  )
  const cancelled = rows.filter((row) => row.status === "cancelled").map((row) => row.id)
  const wasAssigned = new Set(
    cancelled.length ? (await appointments.listAppointmentEvents({ appointment_id: cancelled, status: "assigned" }, { select: ["appointment_id"] })).map((event) => event.appointment_id) : [],
  )
  const jobs = rows.filter((row) => row.status !== "cancelled" || wasAssigned.has(row.id))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [...new Set(jobs.map((job) => job.variant_id))]
  const { data: variants } = variantIds.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: variantIds } })
    : { data: [] }
  const service = new Map((variants as Array<{ id: string; title: string | null; product?: { title: string | null } | null }>).map((variant) => [variant.id, variant]))
  return jobs.map((job) => {
    const address = (job.address ?? {}) as { district?: string; city?: string }
    const variant = service.get(job.variant_id)
    return {
      id: job.id,
      status: job.status,
      starts_at: new Date(job.starts_at),
      ends_at: new Date(job.ends_at),
      updated_at: new Date(job.updated_at),
      service: variant?.product?.title ?? null,
      option: variant?.title ?? null,
      district: address.district ?? null,
      city: address.city ?? null,
    }
  })
}
