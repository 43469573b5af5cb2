import { Calendar, workingTimeAround } from "./calendar"
import { bookableWindow, servesAddress, type AvailabilityQuery, type BeauticianSchedule, type ServiceAddress, type Slot, type SlotRules, type VisitPlan } from "./schedule"
import { gridStarts } from "./slot-grid"
import type { TimeRange } from "./time-range"
import type { TravelTimeEstimator } from "./travel-time"
import type { WorkingHours } from "./working-hours"

const MINUTE = 60_000

/**
 * Bookable starts found by examining beauticians one at a time, in the order the
 * caller prefers them (nearest first), keeping at most `beauticiansPerSlot` for
 * each start. It knows up front whose working hours could cover each start, so
 * it can tell when examining the rest could change nothing (`settled`): a city
 * of thousands of beauticians is answered from the few dozen nearest.
 */
export class SlotSearch {
  readonly starts: number[]
  private readonly window: TimeRange
  private readonly found: string[][]
  /** For each start, how many beauticians not yet examined work then. */
  private readonly stillPossible: Int32Array
  private readonly coverage = new Map<WorkingHours, Uint8Array>()

  /**
   * @param candidates everyone who will be examined, in order — only their hours are read here.
   */
  constructor(
    private readonly query: AvailabilityQuery,
    private readonly rules: SlotRules,
    private readonly travel: TravelTimeEstimator,
    candidates: ReadonlyArray<{ hours: WorkingHours }>,
    private readonly beauticiansPerSlot = Infinity,
  ) {
    this.window = bookableWindow(rules, query.now, query.window)
    this.starts = this.window.end > this.window.start ? gridStarts(query.timezone, rules.stepMinutes, this.window) : []
    this.found = this.starts.map(() => [])
    this.stillPossible = new Int32Array(this.starts.length)
    const byHours = new Map<WorkingHours, number>()
    for (const { hours } of candidates) byHours.set(hours, (byHours.get(hours) ?? 0) + 1)
    for (const [hours, howMany] of byHours) this.count(hours, howMany)
  }

  /** True when no beautician still to be examined could add to the answer. */
  get settled(): boolean {
    return this.found.every((ids, i) => ids.length >= this.beauticiansPerSlot || this.stillPossible[i] <= 0)
  }

  /** Looks at the next candidate's calendar: every start it can take, while that start still wants beauticians. */
  examine(schedule: BeauticianSchedule): void {
    const covered = this.count(schedule.hours, -1)
    if (!servesAddress(schedule, this.query.address)) return
    const calendar = new Calendar(schedule, this.rules, this.travel, this.window)
    this.starts.forEach((start, i) => {
      if (!covered[i] || this.found[i].length >= this.beauticiansPerSlot) return
      if (calendar.fits(start, this.query.durationMinutes, this.query.address)) this.found[i].push(schedule.id)
    })
  }

  slots(): Slot[] {
    const duration = this.query.durationMinutes * MINUTE
    return this.starts.flatMap((start, i) => (this.found[i].length > 0 ? [{ start, end: start + duration, beauticianIds: this.found[i] }] : []))
  }

  /**
   * Adds (or, negative, removes) beauticians with these hours to the count of who could work at
   * each start: the visit with its buffers must lie inside their working time,
   * whatever their bookings — travel only ever makes it harder.
   */
  private count(hours: WorkingHours, beauticians: number): Uint8Array {
    let covered = this.coverage.get(hours)
    if (!covered) {
      const working = workingTimeAround(hours, this.window)
      const before = this.rules.bufferBeforeMinutes * MINUTE
      const after = (this.query.durationMinutes + this.rules.bufferAfterMinutes) * MINUTE
      covered = Uint8Array.from(this.starts, (start) =>
        working.some((range) => range.start <= start - before && start + after <= range.end) ? 1 : 0,
      )
      this.coverage.set(hours, covered)
    }
    for (let i = 0; i < covered.length; i++) this.stillPossible[i] += covered[i] * beauticians
    return covered
  }
}

/** Every bookable start in the window, with all the beauticians who can take it. */
export function availableSlots(
  schedules: readonly BeauticianSchedule[],
  query: AvailabilityQuery,
  rules: SlotRules,
  travel: TravelTimeEstimator,
): Slot[] {
  const search = new SlotSearch(query, rules, travel, schedules)
  for (const schedule of schedules) search.examine(schedule)
  return search.slots()
}

/** The earliest bookable slot: "as soon as possible". */
export function earliestSlot(
  schedules: readonly BeauticianSchedule[],
  query: AvailabilityQuery,
  rules: SlotRules,
  travel: TravelTimeEstimator,
): Slot | undefined {
  return availableSlots(schedules, query, rules, travel)[0]
}

/** What booking one beautician at one start would block, or undefined if it does not fit. */
export function planVisit(
  schedule: BeauticianSchedule,
  start: number,
  durationMinutes: number,
  address: ServiceAddress,
  rules: SlotRules,
  travel: TravelTimeEstimator,
): VisitPlan | undefined {
  if (!servesAddress(schedule, address)) return undefined
  const calendar = new Calendar(schedule, rules, travel, { start, end: start + durationMinutes * MINUTE })
  return calendar.plan(start, durationMinutes, address)
}
