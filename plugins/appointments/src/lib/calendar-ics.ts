import { getVtimezoneComponent } from "@touch4it/ical-timezones"
import ical, { ICalEventStatus } from "ical-generator"
import { DateTime } from "luxon"

/** How far back and ahead a feed reaches: recent jobs to look back on, the next months to plan. */
export const FEED_WINDOW = { pastDays: 30, futureDays: 90 }

/** A job as a feed shows it: what, when and the district — never the street address or the customer. */
export interface FeedJob {
  id: string
  status: string
  starts_at: Date
  ends_at: Date
  updated_at: Date
  service: string | null
  option: string | null
  district: string | null
  city: string | null
}

/**
 * The beautician's jobs as an iCalendar file, times in `timezone` with its
 * VTIMEZONE. A phone calendar keeps its copy past the 24 hours the privacy
 * rules allow the address, so the feed names the district only and sends the
 * beautician to the app for the address and the customer.
 */
export function jobsCalendar(input: { name: string; timezone: string; jobs: FeedJob[] }): string {
  const calendar = ical({
    name: `Doorstep · ${input.name}`,
    description: "上门服务日程 · Doorstep jobs",
    prodId: { company: "Doorstep", product: "jobs-feed", language: "ZH" },
    // No calendar-wide zone: ical-generator would then write DTSTAMP in it, where RFC 5545 wants UTC; the events name
    // their zone, and the generator adds its VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 15 * 60,
  })
  // ical-generator writes a plain Date's UTC fields under the TZID; a luxon time is converted to the zone first.
  const zoned = (instant: Date) => DateTime.fromJSDate(instant, { zone: input.timezone })
  for (const job of input.jobs) {
    const cancelled = job.status === "cancelled"
    const service = job.service ?? "上门服务 · Home visit"
    calendar.createEvent({
      id: `${job.id}@doorstep`,
      start: zoned(job.starts_at),
      end: zoned(job.ends_at),
      timezone: input.timezone,
      stamp: job.updated_at,
      lastModified: job.updated_at,
      summary: cancelled ? `已取消 · Cancelled: ${service}` : service,
      location: [job.city, job.district].filter(Boolean).join(" ") || null,
      description: [
        job.option,
        "地址与顾客信息请在 Doorstep 美容师端查看 · Address and customer details: in the Doorstep pro app",
      ]
        .filter(Boolean)
        .join("\n"),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}
