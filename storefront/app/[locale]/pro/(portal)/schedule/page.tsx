import { DateTime } from "luxon"
import { notFound } from "next/navigation"
import { CalendarFeed } from "@/components/pro/calendar-feed"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { DayHoursEditor } from "@/components/pro/schedule/day-hours-editor"
import { DayView } from "@/components/pro/schedule/day-view"
import { ScheduleNav, type ScheduleView } from "@/components/pro/schedule/schedule-nav"
import { TimeOffPanel } from "@/components/pro/schedule/time-off-panel"
import { hoursText, WeekView } from "@/components/pro/schedule/week-view"
import { WeeklyHoursEditor } from "@/components/pro/schedule/weekly-hours-editor"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale } from "@/lib/locale"
import { dayPlan, spanOf, weekOf } from "@/lib/pro/day-plan"
import { proTitle } from "@/lib/pro/metadata"
import { dataOrSignIn } from "@/lib/pro/page-data"
import { dateOverrides, jobsBetween, timeOffBetween, workingHours } from "@/lib/pro/schedule"
import { signedInBeautician } from "@/lib/pro/session"
import { formatClock, formatDay, formatWhen, todayInZone, ZONE } from "@/lib/time"
import { servicesByVariant } from "@/lib/visit"
import "@/styles/pro-office.css"

export const dynamic = "force-dynamic"

export const generateMetadata = proTitle((t) => t.scheduleTitle)

const isDate = (value: string | undefined): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: ZONE }).isValid

/**
 * The beautician's schedule: a week (Monday first) or a day of their jobs,
 * working hours, time off and free time; the week's hours edited under the
 * week, a date's own hours and time off under the day.
 */
export default async function SchedulePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ view?: string; date?: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const asked = await searchParams
  const today = todayInZone()
  const date = isDate(asked.date) ? asked.date : today
  const view: ScheduleView = asked.view === "day" ? "day" : "week"
  const path = `/pro/schedule?view=${view}&date=${date}`
  const signedIn = await unlessUnavailable(signedInBeautician(locale, path))
  if (!signedIn) return <ProUnavailable locale={locale} path={path} />
  const { token } = signedIn
  const week = weekOf(date)
  const loaded = await unlessUnavailable(
    Promise.all([jobsBetween(token, week[0], week[6]), timeOffBetween(token, week[0], week[6]), workingHours(token), dateOverrides(token), servicesByVariant(locale)]),
  )
  if (!loaded) return <ProUnavailable locale={locale} path={path} />
  const [jobs, timeOff, hours, overrides] = dataOrSignIn(locale, path, [loaded[0], loaded[1], loaded[2], loaded[3]] as const)
  const services = loaded[4]
  const plans = week.map((d) => dayPlan(d, hours.weekly, overrides.overrides, jobs.jobs, timeOff.time_off))
  const plan = plans.find((p) => p.date === date)!
  const t = messagesFor(locale)
  const dayName = formatDay(date, locale)
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page schedule-page">
        <h1>{t.scheduleTitle}</h1>
        <ScheduleNav locale={locale} view={view} date={date} week={week} today={today} />
        {view === "week" ? (
          <>
            <WeekView locale={locale} plans={plans} today={today} />
            <WeeklyHoursEditor locale={locale} initial={hours.weekly} />
            <CalendarFeed locale={locale} />
          </>
        ) : (
          <>
            <p className="day-summary">
              <strong>{dayName}</strong> · {hoursText(plan, locale)}
            </p>
            <DayView locale={locale} plan={plan} serviceOf={(variantId) => services.get(variantId)?.title ?? null} />
            <DayHoursEditor key={`${date}-${plan.hours}-${JSON.stringify(plan.windows)}`} locale={locale} date={date} dayName={dayName} own={plan.hours === "override"} windows={plan.windows} />
            <TimeOffPanel
              locale={locale}
              date={date}
              dayName={dayName}
              timeOff={plan.timeOff.map((block) => ({
                id: block.id,
                when: `${formatWhen(block.starts_at, locale)}–${formatClock(new Date(spanOf(block).end).toISOString(), locale)}`,
                reason: block.reason,
              }))}
            />
          </>
        )}
      </main>
    </>
  )
}
