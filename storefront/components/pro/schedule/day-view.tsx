import Link from "next/link"
import { DateTime } from "luxon"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { spanOf, startOfDate, type DayPlan, type Span } from "@/lib/pro/day-plan"
import { formatClock, ZONE } from "@/lib/clock"

/** A row of the day's grid is a quarter of an hour. */
const SLOT_MS = 15 * 60_000
const HOUR_MS = 3_600_000

const clock = (at: number, locale: Locale) => formatClock(new Date(at).toISOString(), locale)
const between = (span: Span, locale: Locale) => `${clock(span.start, locale)}–${clock(span.end, locale)}`

/**
 * One day on a phone, top to bottom: the hours shown (at least 08:00–20:00,
 * wider when something falls outside), the working hours as a backdrop, and
 * the jobs, free time and time off placed at their times. Everything is also
 * said in words, in time order, for screen readers.
 */
export function DayView({ locale, plan, serviceOf }: { locale: Locale; plan: DayPlan; serviceOf: (variantId: string) => string | null }) {
  const t = messagesFor(locale)
  const dayStart = startOfDate(plan.date).toMillis()
  const dayEnd = DateTime.fromMillis(dayStart, { zone: ZONE }).plus({ days: 1 }).toMillis()
  const all = [...plan.working, ...plan.jobs.map(spanOf), ...plan.timeOff.map(spanOf)]
  const first = Math.min(dayStart + 8 * HOUR_MS, ...all.map((s) => Math.max(dayStart, s.start)))
  const last = Math.max(dayStart + 20 * HOUR_MS, ...all.map((s) => Math.min(dayEnd, s.end)))
  const from = dayStart + Math.floor((first - dayStart) / HOUR_MS) * HOUR_MS
  const until = Math.min(dayEnd, dayStart + Math.ceil((last - dayStart) / HOUR_MS) * HOUR_MS)
  const rows = (span: Span) => {
    const top = Math.max(from, span.start)
    const bottom = Math.min(until, span.end)
    return { gridRow: `${Math.floor((top - from) / SLOT_MS) + 1} / ${Math.max(Math.floor((top - from) / SLOT_MS) + 2, Math.ceil((bottom - from) / SLOT_MS) + 1)}` }
  }
  const hours = Array.from({ length: (until - from) / HOUR_MS }, (_, i) => from + i * HOUR_MS)
  const items = [
    ...plan.jobs.map((job) => ({ at: Date.parse(job.start), key: job.id, node: <JobSlot key={job.id} locale={locale} job={job} service={serviceOf(job.variant_id)} style={rows(spanOf(job))} /> })),
    ...plan.free.map((span) => ({
      at: span.start,
      key: `free-${span.start}`,
      node: (
        <li key={`free-${span.start}`} className="slot-free" style={rows(span)}>
          {t.scheduleFreeSlot} {between(span, locale)}
        </li>
      ),
    })),
    ...plan.timeOff.map((block) => ({
      at: Date.parse(block.starts_at),
      key: block.id,
      node: (
        <li key={block.id} className="slot-off" style={rows(spanOf(block))}>
          {t.scheduleTimeOffSlot} {between(spanOf(block), locale)}
          {block.reason && ` · ${block.reason}`}
        </li>
      ),
    })),
  ].sort((a, b) => a.at - b.at || a.key.localeCompare(b.key))

  return (
    <section aria-labelledby="day-plan-title" className="day-plan">
      <h2 id="day-plan-title" className="visually-hidden">
        {t.scheduleDayPlan}
      </h2>
      {items.length === 0 && plan.working.length === 0 && <p className="notice">{t.scheduleNothing}</p>}
      <ol className="day-grid" style={{ gridTemplateRows: `repeat(${(until - from) / SLOT_MS}, var(--slot-height))` }}>
        {hours.map((at) => (
          <li key={`h${at}`} className="hour-mark" aria-hidden style={rows({ start: at, end: at + HOUR_MS })}>
            {clock(at, locale)}
          </li>
        ))}
        {plan.working.map((span) => (
          <li key={`w${span.start}`} className="slot-work" aria-hidden style={rows(span)} />
        ))}
        {items.map((item) => item.node)}
      </ol>
    </section>
  )
}

function JobSlot({ locale, job, service, style }: { locale: Locale; job: DayPlan["jobs"][number]; service: string | null; style: React.CSSProperties }) {
  const t = messagesFor(locale)
  return (
    <li className="slot-job" style={style} data-testid="day-job">
      <Link href={localePath(locale, `/pro/jobs/${job.id}`)} prefetch={false}>
        <strong>{between(spanOf(job), locale)}</strong> {service ?? t.conflictUnknownService}
        {job.address.district && ` · ${job.address.district}`}
        <span className="slot-status"> · {t.scheduleJobStatus[job.status] ?? job.status}</span>
      </Link>
    </li>
  )
}
