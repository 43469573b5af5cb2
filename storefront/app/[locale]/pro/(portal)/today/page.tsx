import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Fragment } from "react"
import { DayJob } from "@/components/pro/day-job"
import { DayMap } from "@/components/pro/day-map"
import { OfflineNotice } from "@/components/pro/offline-notice"
import { ProHeader } from "@/components/pro/pro-header"
import { ProLive } from "@/components/pro/pro-live"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { mapTiles } from "@/lib/map"
import { myJobs, payOf } from "@/lib/pro/day"
import { proSignIn, proTokenOrSignIn } from "@/lib/pro/session"
import { jobPlace, jobsOn, travelGaps } from "@/lib/pro/today"
import { serviceName, yuan } from "@/lib/pro/views"
import { formatClock, formatDay, todayInZone } from "@/lib/time"
import { servicesByVariant } from "@/lib/visit"
import "@/styles/pro-day.css"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: messagesFor(locale).dayTitle } : {}
}

const PATH = "/pro/today"

async function loadDay(locale: Locale, token: string) {
  const jobs = await myJobs(token)
  if (!jobs.ok) return "refused" as const
  const today = todayInZone()
  const day = jobsOn(jobs.data.jobs, today).filter((job) => job.status !== "no_show")
  const [services, pay] = await Promise.all([servicesByVariant(locale), payOf(token, day.map((job) => job.id))])
  const dayPay = day.reduce((sum, job) => sum + (pay.get(job.id)?.earned_fen ?? pay.get(job.id)?.estimate_fen ?? 0), 0)
  return { today, day, services, dayPay }
}

/**
 * Today's route: the jobs in order, with the time free and the way between
 * them, the way to each in the map apps, and the day on a map. Kept on the
 * phone to read offline.
 */
export default async function ProTodayPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const token = await proTokenOrSignIn(locale, PATH)
  const loaded = await unlessUnavailable(loadDay(locale, token))
  if (!loaded) return <ProUnavailable locale={locale} path={PATH} />
  if (loaded === "refused") proSignIn(locale, PATH)
  const { today, day, services, dayPay } = loaded
  const gaps = travelGaps(day)
  // The day is named once at the top: each job says only its hours.
  const when = (i: number) => `${formatClock(day[i].start, locale)}–${formatClock(day[i].end, locale)}`
  const stops = day.flatMap((job, i) => {
    const place = jobPlace(job)
    return place ? [{ order: i + 1, ...place, label: `${i + 1}. ${when(i)} ${job.address.district ?? ""}` }] : []
  })
  return (
    <>
      <ProHeader locale={locale} path={PATH} />
      <main className="page pro-page pro-wide">
        <OfflineNotice locale={locale} renderedAt={new Date().toISOString()} keep={[PATH, ...day.map((job) => `/pro/jobs/${job.id}`)].map((path) => localePath(locale, path))} />
        <div className="pro-section-head">
          <div>
            <h1>{t.dayTitle}</h1>
            <p className="form-hint">{t.dayDate(formatDay(today, locale))}</p>
          </div>
          <ProLive locale={locale} />
        </div>
        {day.length === 0 ? (
          <p className="notice">{t.dayEmpty}</p>
        ) : (
          <>
            <p className="day-summary" data-testid="day-summary">
              {t.daySummary(day.length, yuan(dayPay, locale))}
            </p>
            <div className="day-layout">
              <section aria-labelledby="day-list-title">
                <h2 id="day-list-title" className="visually-hidden">
                  {t.dayList}
                </h2>
                <ol className="day-list">
                  {day.map((job, i) => (
                    <Fragment key={job.id}>
                      {i > 0 && (
                        <li className={`day-gap ${gaps[i - 1].tight ? "tight" : ""}`}>
                          {(gaps[i - 1].tight ? t.dayGapTight : t.dayGap)(gaps[i - 1].freeMinutes, gaps[i - 1].travelMinutes)}
                        </li>
                      )}
                      <li>
                        <DayJob locale={locale} job={job} order={i + 1} service={serviceName(services.get(job.variant_id), locale)} when={when(i)} />
                      </li>
                    </Fragment>
                  ))}
                </ol>
              </section>
              {stops.length > 0 && (
                <section className="day-map-block" aria-labelledby="day-map-title">
                  <h2 id="day-map-title" className="visually-hidden">
                    {t.dayMapLabel}
                  </h2>
                  <DayMap stops={stops} tiles={mapTiles()} label={t.dayMapLabel} />
                  <p className="form-hint">{t.dayMapHint}</p>
                </section>
              )}
            </div>
          </>
        )}
      </main>
    </>
  )
}
