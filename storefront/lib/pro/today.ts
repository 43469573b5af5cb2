import { dateInZone } from "../time"
import type { ProJob } from "./day"

/** The jobs starting on `date` (Shanghai, `YYYY-MM-DD`), in the order they happen. */
export function jobsOn(jobs: readonly ProJob[], date: string): ProJob[] {
  return jobs.filter((job) => dateInZone(job.start) === date).sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
}

export interface TravelGap {
  /** From the end of one job to the start of the next. */
  freeMinutes: number
  /** The next job's travel in, as planned when it was booked. */
  travelMinutes: number
  /** Less time free than the way takes. */
  tight: boolean
}

/** Between each job and the next: the time free and the way there (`gaps[i]` is after `jobs[i]`). */
export function travelGaps(jobs: readonly ProJob[]): TravelGap[] {
  return jobs.slice(1).map((next, i) => {
    const freeMinutes = Math.max(0, Math.round((Date.parse(next.start) - Date.parse(jobs[i].end)) / 60_000))
    return { freeMinutes, travelMinutes: next.travel_in_minutes, tight: freeMinutes < next.travel_in_minutes }
  })
}

/** Where a job is on the map: only while its address is shown (privacy keeps it otherwise). */
export function jobPlace(job: ProJob): { lat: number; lng: number } | null {
  return "lat" in job.address ? { lat: job.address.lat, lng: job.address.lng } : null
}
