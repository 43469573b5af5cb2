import Link from "next/link"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { minutesIn, spanOf, startOfDate, type DayPlan, type Span } from "@/lib/pro/day-plan"
import { formatClock, formatDay } from "@/lib/time"

const DAY_MS = 86_400_000

/** Where a span sits on its day's bar, in percent of the day (a span past midnight stops at the bar's end). */
function placed(date: string, span: Span) {
  const dayStart = startOfDate(date).toMillis()
  const from = Math.max(0, span.start - dayStart)
  const until = Math.min(DAY_MS, span.end - dayStart)
  return { left: `${(from / DAY_MS) * 100}%`, width: `${(Math.max(0, until - from) / DAY_MS) * 100}%` }
}

/** The hours of a day as text: "09:00–12:00, 13:00–18:00", or a day off. */
export function hoursText(plan: DayPlan, locale: Locale) {
  const t = messagesFor(locale)
  if (plan.working.length === 0) return t.scheduleDayOff
  return plan.working.map((s) => `${formatClock(new Date(s.start).toISOString(), locale)}–${formatClock(new Date(s.end).toISOString(), locale)}`).join(", ")
}

/**
 * A week on a phone: one row a day (Monday first) with its hours, jobs and
 * free time in words, and a bar of the day drawn under them; a row opens the
 * day. The bar only repeats the words, so it is hidden from screen readers.
 */
export function WeekView({ locale, plans, today }: { locale: Locale; plans: DayPlan[]; today: string }) {
  const t = messagesFor(locale)
  return (
    <section aria-labelledby="week-title">
      <h2 id="week-title" className="visually-hidden">
        {t.scheduleWeekOf(formatDay(plans[0].date, locale), formatDay(plans[6].date, locale))}
      </h2>
      <ol className="week-list">
        {plans.map((plan) => (
          <li key={plan.date}>
            <Link href={`${localePath(locale, "/pro/schedule")}?view=day&date=${plan.date}`} className="week-day" aria-current={plan.date === today ? "date" : undefined} data-testid="week-day">
              <span className="week-day-head">
                <strong>{formatDay(plan.date, locale)}</strong>
                {plan.hours === "override" && <span className="badge badge-wait">{t.scheduleOwnHours}</span>}
              </span>
              <span className="week-day-summary">
                {hoursText(plan, locale)} · {t.scheduleJobCount(plan.jobs.length)}
                {plan.free.length > 0 && ` · ${t.scheduleFreeFor(t.scheduleDuration(minutesIn(plan.free)))}`}
                {plan.timeOff.length > 0 && ` · ${t.scheduleTimeOffCount(plan.timeOff.length)}`}
              </span>
              <span className="day-bar" aria-hidden>
                {plan.working.map((span, i) => (
                  <span key={`w${i}`} className="bar-work" style={placed(plan.date, span)} />
                ))}
                {plan.timeOff.map((block) => (
                  <span key={block.id} className="bar-off" style={placed(plan.date, spanOf(block))} />
                ))}
                {plan.jobs.map((job) => (
                  <span key={job.id} className="bar-job" style={placed(plan.date, spanOf(job))} />
                ))}
              </span>
            </Link>
          </li>
        ))}
      </ol>
      <p className="schedule-legend" aria-hidden>
        <span className="legend-work">{t.scheduleLegend.working}</span>
        <span className="legend-job">{t.scheduleLegend.job}</span>
        <span className="legend-off">{t.scheduleLegend.off}</span>
      </p>
    </section>
  )
}
