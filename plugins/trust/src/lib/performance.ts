import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { textArray } from "@doorstep/appointments/lib/text-array"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DISPATCH_MODULE, type DispatchModuleService } from "@doorstep/dispatch/modules/dispatch"
import { SUPPORT_MODULE, type SupportModuleService } from "../modules/support"

const DAY = 24 * 3600_000
/** Arriving up to this long after the start still counts as on time (parking, the lift). */
export const PUNCTUALITY_GRACE_MINUTES = 5

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000)

/**
 * How a beautician has done over the last `days` days (B1/M4): their rating,
 * how many offers they took, how often they arrived on time, jobs done,
 * no-shows and cancellations, and complaints about them. Shares are 0–1, or
 * null when there is nothing to count yet.
 */
export async function beauticianPerformance(container: MedusaContainer, beauticianId: string, days: number, now = new Date()) {
  return (await beauticiansPerformance(container, [beauticianId], days, now)).get(beauticianId)!
}

interface Sql {
  raw<Row>(sql: string, bindings: unknown[]): Promise<{ rows: Row[] }>
}

/** Statuses of the jobs the figures count: done, missed, called off, or under way. */
const COUNTED = ["completed", "no_show", "cancelled", "in_service", "arrived"]

interface JobFigures {
  beautician_id: string
  jobs: number
  completed: number
  no_show: number
  cancelled: number
  /** Arrivals recorded for the jobs served (not cancelled, not missed), and how many of them were on time. */
  arrivals: number
  on_time: number
}

/**
 * Each beautician's jobs starting since `since` counted in PostgreSQL, with
 * the arrivals of those served and how many were on time: two aggregates
 * over the appointments module's own tables, however many jobs (a studio's
 * list read every job and arrival as entities, 800 ms at 10,000 appointments).
 */
async function jobFigures(container: MedusaContainer, ids: string[], since: Date): Promise<Map<string, JobFigures>> {
  const sql = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Sql
  const team = textArray(ids)
  const [jobs, arrivals] = await Promise.all([
    sql.raw<{ beautician_id: string; jobs: number; completed: number; no_show: number; cancelled: number }>(
      `select "beautician_id", count(*)::int as "jobs", (count(*) filter (where "status" = 'completed'))::int as "completed",
              (count(*) filter (where "status" = 'no_show'))::int as "no_show", (count(*) filter (where "status" = 'cancelled'))::int as "cancelled"
         from "appointment"
        where "beautician_id" = any(?::text[]) and "starts_at" >= ? and "status" = any(?::text[]) and "deleted_at" is null
        group by 1`,
      [team, since, `{${COUNTED.join(",")}}`],
    ),
    sql.raw<{ beautician_id: string; arrivals: number; on_time: number }>(
      `select a."beautician_id", count(*)::int as "arrivals",
              (count(*) filter (where e."at" <= a."starts_at" + make_interval(mins => ?)))::int as "on_time"
         from "appointment" a
         join "appointment_event" e on e."appointment_id" = a."id" and e."status" = 'arrived' and e."deleted_at" is null
        where a."beautician_id" = any(?::text[]) and a."starts_at" >= ? and a."status" in ('completed', 'in_service', 'arrived') and a."deleted_at" is null
        group by 1`,
      [PUNCTUALITY_GRACE_MINUTES, team, since],
    ),
  ])
  const arrivalsOf = new Map(arrivals.rows.map((row) => [row.beautician_id, row]))
  return new Map(
    ids.map((id) => {
      const own = jobs.rows.find((row) => row.beautician_id === id)
      const arrived = arrivalsOf.get(id)
      return [
        id,
        {
          beautician_id: id,
          jobs: own?.jobs ?? 0,
          completed: own?.completed ?? 0,
          no_show: own?.no_show ?? 0,
          cancelled: own?.cancelled ?? 0,
          arrivals: arrived?.arrivals ?? 0,
          on_time: arrived?.on_time ?? 0,
        },
      ]
    }),
  )
}

/** The same for many beauticians at once (a studio's list), in a handful of queries whatever their number. */
export async function beauticiansPerformance(container: MedusaContainer, beauticianIds: string[], days: number, now = new Date()) {
  const since = new Date(now.getTime() - days * DAY)
  const ids = [...new Set(beauticianIds)]
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const none = ids.length === 0
  const [beauticians, figures, acceptance, complaints] = await Promise.all([
    none ? [] : appointments.listBeauticians({ id: ids }, { select: ["id", "rating", "review_count"] }),
    none ? new Map<string, JobFigures>() : jobFigures(container, ids, since),
    container.resolve<DispatchModuleService>(DISPATCH_MODULE).acceptanceRates(ids, since),
    none ? [] : container.resolve<SupportModuleService>(SUPPORT_MODULE).listTickets({ beautician_id: ids, kind: "complaint", created_at: { $gte: since } }, { select: ["id", "beautician_id"] }),
  ])
  const reputation = new Map(beauticians.map((b) => [b.id, b]))
  return new Map(
    ids.map((id) => {
      const own = figures.get(id)!
      const rate = acceptance.get(id)
      return [
        id,
        {
          days,
          rating: reputation.get(id)?.rating ?? null,
          review_count: reputation.get(id)?.review_count ?? 0,
          acceptance_rate: rate === undefined ? null : Math.round(rate * 1000) / 1000,
          punctuality: share(own.on_time, own.arrivals),
          cancellation_rate: share(own.cancelled, own.jobs),
          jobs: { completed: own.completed, no_show: own.no_show, cancelled: own.cancelled },
          complaints: complaints.filter((ticket) => ticket.beautician_id === id).length,
        },
      ] as const
    }),
  )
}
