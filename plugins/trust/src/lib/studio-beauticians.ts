import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { durationMs, intersect, localDate, merge, subtract, toZonedIso, workingRanges, type TimeRange, type WeeklyWindow } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { beauticiansPerformance } from "./performance"

const MINUTE = 60_000
/** A day's jobs: paid and not called off (a hold is not a job yet; a no-show took the time all the same). */
const JOBS = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "no_show"]

/** The training plugin's module, whose certifications the list shows when it is loaded; trust reads them without depending on it. */
const TRAINING_MODULE = "training"
interface CertificationsReader {
  listCertifications(
    filter: { beautician_id: string[] },
    config: { select: string[]; order: Record<string, "ASC" | "DESC"> },
  ): Promise<Array<{ id: string; beautician_id: string; skill: string; product_id: string; score: number; passed_at: Date; expires_at: Date; status: string }>>
}

export interface StudioBeauticiansQuery {
  studio: string
  status?: "pending" | "active" | "suspended"
  /** The performance window, in days. */
  days: number
  limit: number
  offset: number
  now: Date
}

const group = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>()
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row])
  return groups
}
const minutes = (ranges: readonly TimeRange[]) => Math.round(ranges.reduce((sum, range) => sum + durationMs(range), 0) / MINUTE)

/**
 * A studio's beauticians for its staff screen (M4), a page at a time by
 * name: who they are and their standing, the services they may perform, the
 * certifications they earned (with expiry), today's load in their own zone
 * (jobs, booked minutes against working minutes less time off) and their
 * headline performance (trust's own figures, over `days`).
 */
export async function studioBeauticians(container: MedusaContainer, query: StudioBeauticiansQuery) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [beauticians, count] = await appointments.listAndCountBeauticians(
    { merchant_handle: query.studio, ...(query.status ? { status: query.status } : {}) },
    { select: ["id", "handle", "display_name", "status", "timezone", "home_district", "skill_product_ids", "years_experience"], order: { display_name: "ASC", id: "ASC" }, take: query.limit, skip: query.offset },
  )
  if (beauticians.length === 0) return { count, beauticians: [] }
  const ids = beauticians.map((b) => b.id)
  // Each one's today, in their own zone; the reads span the widest of those days.
  const today = new Map(
    beauticians.map((b) => {
      const date = toZonedIso(query.now.getTime(), b.timezone).slice(0, 10)
      return [b.id, { date, range: localDate(b.timezone, date) }]
    }),
  )
  const from = new Date(Math.min(...[...today.values()].map((d) => d.range.start)))
  const until = new Date(Math.max(...[...today.values()].map((d) => d.range.end)))
  const skillIds = [...new Set(beauticians.flatMap((b) => b.skill_product_ids as string[]))]
  const [weekly, overrides, timeOff, jobs, certifications, performance, titles] = await Promise.all([
    appointments.listWorkingHours({ beautician_id: ids }, { select: ["beautician_id", "weekday", "start_time", "end_time"] }),
    appointments.listDateOverrides({ beautician_id: ids, date: [...new Set([...today.values()].map((d) => d.date))] }, { select: ["beautician_id", "date", "windows"] }),
    appointments.listTimeOffs({ beautician_id: ids, starts_at: { $lt: until }, ends_at: { $gt: from } }, { select: ["beautician_id", "starts_at", "ends_at"] }),
    appointments.listAppointments({ beautician_id: ids, status: JOBS, starts_at: { $lt: until }, ends_at: { $gt: from } }, { select: ["beautician_id", "starts_at", "ends_at"] }),
    container.hasRegistration(TRAINING_MODULE)
      ? container.resolve<CertificationsReader>(TRAINING_MODULE).listCertifications({ beautician_id: ids }, { select: ["id", "beautician_id", "skill", "product_id", "score", "passed_at", "expires_at", "status"], order: { expires_at: "ASC" } })
      : Promise.resolve([]),
    beauticiansPerformance(container, ids, query.days, query.now),
    productTitles(container, skillIds),
  ])
  const weeklyOf = group(weekly, (row) => row.beautician_id)
  const overridesOf = group(overrides, (row) => row.beautician_id)
  const timeOffOf = group(timeOff, (row) => row.beautician_id)
  const jobsOf = group(jobs, (row) => row.beautician_id)
  const certificationsOf = group(certifications, (row) => row.beautician_id)

  return {
    count,
    beauticians: beauticians.map((b) => {
      const day = today.get(b.id)!
      const working = subtract(
        workingRanges(
          {
            timezone: b.timezone,
            weekly: (weeklyOf.get(b.id) ?? []).map((w) => ({ weekday: w.weekday as WeeklyWindow["weekday"], start: w.start_time, end: w.end_time })),
            overrides: (overridesOf.get(b.id) ?? []).map((o) => ({ date: o.date, windows: o.windows as unknown as Array<{ start: string; end: string }> })),
          },
          day.range,
        ),
        merge((timeOffOf.get(b.id) ?? []).map((t) => ({ start: new Date(t.starts_at).getTime(), end: new Date(t.ends_at).getTime() }))),
      )
      const own = (jobsOf.get(b.id) ?? []).filter((job) => new Date(job.starts_at).getTime() >= day.range.start && new Date(job.starts_at).getTime() < day.range.end)
      const booked = intersect(merge(own.map((job) => ({ start: new Date(job.starts_at).getTime(), end: new Date(job.ends_at).getTime() }))), [day.range])
      const workingMinutes = minutes(working)
      const bookedMinutes = minutes(booked)
      const figures = performance.get(b.id)!
      return {
        id: b.id,
        handle: b.handle,
        display_name: b.display_name,
        status: b.status,
        timezone: b.timezone,
        district: b.home_district ?? null,
        years_experience: b.years_experience,
        skills: (b.skill_product_ids as string[]).map((id) => ({ product_id: id, title: titles.get(id) ?? null })),
        certifications: (certificationsOf.get(b.id) ?? []).map((c) => ({
          id: c.id,
          skill: c.skill,
          product_id: c.product_id,
          title: titles.get(c.product_id) ?? null,
          score: c.score,
          status: c.status,
          passed_at: toZonedIso(new Date(c.passed_at).getTime(), b.timezone),
          expires_at: toZonedIso(new Date(c.expires_at).getTime(), b.timezone),
        })),
        today: {
          date: day.date,
          jobs: own.length,
          booked_minutes: bookedMinutes,
          working_minutes: workingMinutes,
          utilisation: workingMinutes === 0 ? null : Math.round((bookedMinutes / workingMinutes) * 1000) / 1000,
        },
        performance: {
          days: figures.days,
          rating: figures.rating,
          review_count: figures.review_count,
          acceptance_rate: figures.acceptance_rate,
          cancellation_rate: figures.cancellation_rate,
          on_time_rate: figures.punctuality,
          jobs_completed: figures.jobs.completed,
        },
      }
    }),
  }
}

/** Each product's title, for the skills and certifications shown. */
async function productTitles(container: MedusaContainer, productIds: string[]) {
  if (productIds.length === 0) return new Map<string, string>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })
  return new Map((data as Array<{ id: string; title: string }>).map((p) => [p.id, p.title]))
}
