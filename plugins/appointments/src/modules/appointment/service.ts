import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { assertTransition, type AppointmentStatus } from "@doorstep/booking-core"
import { BOOKED_STATUSES } from "../../lib/first-booking"
import type { Roster, RosterRow } from "../../lib/roster"
import { ScheduleMemory } from "../../lib/schedule-memory"
import type { CalendarEntryRow, ChangeLogState } from "../../lib/schedule-reads"
import { bookingSettings, type BookingSettings, type BookingSettingsOptions } from "../../lib/settings"
import { Appointment } from "./models/appointment"
import { AppointmentChange } from "./models/appointment-change"
import { AppointmentEvent } from "./models/appointment-event"
import { Beautician } from "./models/beautician"
import { CalendarFeed } from "./models/calendar-feed"
import { DateOverride } from "./models/date-override"
import { MerchantPolicy } from "./models/merchant-policy"
import { TimeOff } from "./models/time-off"
import { WorkingHours } from "./models/working-hours"
import { CALENDAR_LOCK_CLASS, calendarEntries, lockedHoldCalendar, readChangeLog, rosterRows, sqlOf, type SqlManager } from "./queries"
import { studioCustomerFigures, type StudioCustomerQuery } from "./customer-figures"

/** The plugin's options for calendar feeds (medusa-config). */
export interface CalendarFeedOptions {
  /** HMAC key of the feeds' URL tokens; changing it changes every feed's URL. */
  calendarFeedSecret?: string
  /** Commerce's public address, which feed URLs start with (COMMERCE_PUBLIC_URL); else the address the request came to. */
  publicUrl?: string
}

/** Change-log rows are kept this long after their transaction ended: longer than anyone trusts their memory. */
const CHANGE_LOG_KEEP_MS = 10 * 60_000

/** Loads and stores schedules and appointments; the rules live in @doorstep/booking-core. */
export default class AppointmentModuleService extends MedusaService({
  Beautician,
  WorkingHours,
  DateOverride,
  TimeOff,
  Appointment,
  AppointmentEvent,
  AppointmentChange,
  MerchantPolicy,
  CalendarFeed,
}) {
  private readonly settings: BookingSettings
  /** The key calendar feeds' URL tokens are made with (none: no feeds), and where their URLs point. */
  readonly calendarFeeds: CalendarFeedOptions

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(container: Record<string, unknown>, options?: BookingSettingsOptions & CalendarFeedOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.settings = bookingSettings(options)
    this.calendarFeeds = { calendarFeedSecret: options?.calendarFeedSecret, publicUrl: options?.publicUrl }
  }

  bookingSettings(): BookingSettings {
    return this.settings
  }

  /**
   * Inside a booking transaction, before the booking row is written: the
   * beautician's lapsed holds expire, and the visit that will follow starts its
   * travel from the new address. Plain statements run at once and in this order;
   * the ORM would flush an insert before its updates.
   */
  private async makeRoom(
    sharedContext: Context,
    input: { beautician_id: string; now: Date; next_visit?: { id: string; blocked_from: Date; travel_in_minutes: number }; lapsed_holds_in_the_way?: boolean },
  ) {
    const manager = sqlOf(sharedContext.transactionManager)
    if (input.lapsed_holds_in_the_way !== false) {
      await manager.execute(
        `update "appointment" set "status" = 'expired', "updated_at" = now()
          where "beautician_id" = ? and "status" = 'held' and "expires_at" <= ? and "deleted_at" is null`,
        [input.beautician_id, input.now],
      )
    }
    if (input.next_visit) {
      // Its travel in too: the calendar reads a visit's buffer as blocked time less travel, so a travel
      // left stale would shift every later recomputation, until blocked_from passed starts_at.
      await manager.execute(`update "appointment" set "blocked_from" = ?, "travel_in_minutes" = ?, "updated_at" = now() where "id" = ?`, [
        input.next_visit.blocked_from,
        input.next_visit.travel_in_minutes,
        input.next_visit.id,
      ])
    }
    return manager
  }

  /**
   * Runs `work` in one transaction that holds the beautician's calendar lock:
   * holds and moves for one beautician happen one after another, and each
   * reads the calendar as the last one left it. Travel between neighbouring
   * visits depends on both, which the no-overlap constraint alone cannot see.
   */
  @InjectTransactionManager()
  async withCalendarLocked<T>(beauticianId: string, work: (context: Context) => Promise<T>, @MedusaContext() sharedContext: Context = {}): Promise<T> {
    await sqlOf(sharedContext.transactionManager).execute(`select pg_advisory_xact_lock(?, hashtext(?))`, [CALENDAR_LOCK_CLASS, beauticianId])
    return await work(sharedContext)
  }

  /**
   * Runs `work` in one transaction that holds the beautician's calendar lock
   * (as `withCalendarLocked`) and then the lock of the customer's holds, so
   * that two holds of one customer made at once are counted one after the
   * other. `work` gets what was read under both locks: the beautician's
   * calendar entries during `[from, until)`, the customer's holds still
   * running at `now` (counted up to `limit`) with when the first lapses, and
   * the roster's version (as `versionedRoster` gives it).
   */
  @InjectTransactionManager()
  async withHoldCalendar<T>(
    input: { beauticianId: string; customerId: string; from: Date; until: Date; now: Date; limit: number },
    work: (calendar: { entries: CalendarEntryRow[]; liveHolds: { count: number; firstLapsesAt: Date | null }; rosterVersion: string }, context: Context) => Promise<T>,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<T> {
    const { entries, liveHolds, firstLapsesAt, rosterVersion } = await lockedHoldCalendar(sqlOf(sharedContext.transactionManager), input)
    return await work({ entries, liveHolds: { count: liveHolds, firstLapsesAt: firstLapsesAt === null ? null : new Date(firstLapsesAt) }, rosterVersion }, sharedContext)
  }

  /**
   * Holds a slot in one transaction: stale holds of the beautician expire
   * (unless the caller read under the calendar lock that none is in the
   * way), the visit that will follow starts its travel from the new address,
   * and the hold is inserted. The no-overlap constraint decides races; the
   * loser gets `isOverlapViolation(error)`.
   */
  @InjectTransactionManager()
  async holdSlot(input: HoldSlotInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = await this.makeRoom(sharedContext, input)
    const [created] = await manager.execute<AppointmentRow>(
      `insert into "appointment" ("id", "status", "customer_id", "variant_id", "beautician_id", "starts_at", "ends_at", "blocked_from", "blocked_until",
                                  "travel_in_minutes", "address", "lat", "lng", "expires_at", "policy_terms")
       values (?, 'held', ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?,
               (select p."terms" from "merchant_policy" p join "beautician" b on b."merchant_handle" = p."merchant_handle" and b."id" = ? where p."deleted_at" is null))
       returning *`,
      [
        generateEntityId(undefined, "appt"),
        input.customer_id,
        input.variant_id,
        input.beautician_id,
        input.starts_at,
        input.ends_at,
        input.blocked_from,
        input.blocked_until,
        input.travel_in_minutes,
        JSON.stringify(input.address),
        input.lat,
        input.lng,
        input.expires_at,
        input.beautician_id,
      ],
    )
    return created
  }

  /**
   * Gives a completed deposit booking's balance its cart, once: of two asks at
   * once the first cart stays. Resolves to the appointment's balance cart.
   */
  @InjectTransactionManager()
  async claimBalanceCart(id: string, cartId: string, @MedusaContext() sharedContext: Context = {}): Promise<string | null> {
    const manager = sqlOf(sharedContext.transactionManager)
    await manager.execute(`update "appointment" set "balance_cart_id" = ?, "updated_at" = now() where "id" = ? and "balance_cart_id" is null and "deleted_at" is null`, [cartId, id])
    const [row] = await manager.execute<{ balance_cart_id: string | null }>(`select "balance_cart_id" from "appointment" where "id" = ?`, [id])
    return row?.balance_cart_id ?? null
  }

  /** Records the order that paid a booking's balance, once; resolves to whether this call recorded it. */
  @InjectTransactionManager()
  async recordBalancePaid(id: string, orderId: string, fen: number, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const rows = await sqlOf(sharedContext.transactionManager).execute(
      `update "appointment" set "balance_order_id" = ?, "balance_paid_fen" = ?, "updated_at" = now() where "id" = ? and "balance_order_id" is null and "deleted_at" is null returning "id"`,
      [orderId, fen, id],
    )
    return rows.length === 1
  }

  /** Sets a studio's cancellation terms for the bookings made from now on. */
  @InjectTransactionManager()
  async setMerchantPolicy(merchantHandle: string, terms: Record<string, unknown>, @MedusaContext() sharedContext: Context = {}) {
    await (sharedContext.transactionManager as SqlManager).execute(
      `insert into "merchant_policy" ("id", "merchant_handle", "terms") values (?, ?, ?::jsonb)
       on conflict ("merchant_handle") where "deleted_at" is null do update set "terms" = excluded."terms", "updated_at" = now()`,
      [generateEntityId(undefined, "mpol"), merchantHandle, JSON.stringify(terms)],
    )
  }

  /**
   * Confirms holds all together or none, recording what was paid for each and
   * the cart completing them: every one must still be a live hold, or already
   * confirmed by a completion of this same cart that never became an order
   * (commerce died between the two), else `HoldsLapsedError` and nothing changes.
   * With `firstBookingOf`, the price was a first booking's: the customer must
   * have no other booking (`FirstBookingUsedError`), checked under a lock per
   * customer so that of two carts completing at once only one gets it.
   */
  @InjectTransactionManager()
  async confirmHolds(
    holds: Array<{ id: string; paid_fen: number; charged_fen?: number }>,
    now: Date,
    options: { firstBookingOf?: string; cartId?: string } = {},
    @MedusaContext() sharedContext: Context = {},
  ) {
    const manager = sqlOf(sharedContext.transactionManager)
    if (options.firstBookingOf) {
      await manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.first-booking:${options.firstBookingOf}`])
      const [other] = await manager.execute(
        `select "id" from "appointment" where "customer_id" = ? and "status" in (${BOOKED_STATUSES.map(() => "?").join(", ")}) and "id" not in (${holds.map(() => "?").join(", ")}) and "deleted_at" is null limit 1`,
        [options.firstBookingOf, ...BOOKED_STATUSES, ...holds.map((h) => h.id)],
      )
      if (other) throw new FirstBookingUsedError()
    }
    const confirmed = await manager.execute(
      // A deposit booking owes the rest of its price (recorded when it joined the cart) after the job.
      `update "appointment" as a set "status" = 'confirmed', "expires_at" = null, "paid_fen" = v.paid_fen, "payment_status" = 'paid', "updated_at" = now(), "completing_cart_id" = ?,
              "balance_due_fen" = case when a."policy_terms"->'payment'->>'mode' = 'deposit' and a."price_fen" is not null
                                       then greatest(a."price_fen" - coalesce(v.charged_fen, a."price_fen"), 0) else 0 end
         from (values ${holds.map(() => "(?, ?::integer, ?::integer)").join(", ")}) as v(id, paid_fen, charged_fen)
        where a."id" = v.id and a."deleted_at" is null
          and ((a."status" = 'held' and a."expires_at" > ?) or (a."status" = 'confirmed' and a."order_id" is null and a."completing_cart_id" = ?))
        returning a."id"`,
      [options.cartId ?? null, ...holds.flatMap((h) => [h.id, h.paid_fen, h.charged_fen ?? null]), now, options.cartId ?? null],
    )
    if (confirmed.length !== holds.length) throw new HoldsLapsedError()
    return confirmed.length
  }

  private readonly memory = new ScheduleMemory({
    readChanges: (since) => this.readChanges(since),
    listRosterRows: () => this.listRosterRows(),
    listCalendarEntries: (ids, from, until) => this.listCalendarEntries(ids, from, until),
  })
  /** Transaction horizons observed by the pruning job, to know which log rows every reader has seen. */
  private readonly horizons: Array<{ at: number; xmin: string }> = []

  /**
   * Every active beautician with skills, area and hours, after bringing the
   * in-memory roster and calendars up to date with everything committed so far.
   */
  async roster(): Promise<Roster> {
    return await this.memory.roster()
  }

  /**
   * The roster with its version (`<database oid> <roster version>`): the one
   * in memory when `remembered` and the change log was read lately, without a
   * query; else brought up to date first, as `roster()` does.
   */
  async versionedRoster(remembered: boolean): Promise<{ version: string; roster: Roster }> {
    const known = remembered ? this.memory.rememberedRoster() : undefined
    if (known) return { version: known.version, roster: await known.roster }
    const roster = await this.memory.roster()
    return { version: this.memory.rememberedRoster()?.version ?? "", roster }
  }

  /** Calendar entries from memory, as of the last `roster()` call; reads only what it does not hold. */
  async cachedCalendarEntries(beauticianIds: string[], from: Date, until: Date): Promise<CalendarEntryRow[]> {
    return await this.memory.calendarEntries(beauticianIds, from, until)
  }

  @InjectManager()
  private async readChanges(since: bigint | null, @MedusaContext() sharedContext: Context = {}): Promise<ChangeLogState> {
    return await readChangeLog(sqlOf(sharedContext.manager), since)
  }

  /**
   * The appointments in `statuses` whose last change comes after `after` — a
   * keyset position, their exact `updated_at` (as PostgreSQL writes it, to the
   * microsecond) and id — oldest change first, at most `limit`, each with its
   * own position. A reader that goes on from the last one it got misses and
   * repeats none, however many one statement changed at the same instant.
   */
  @InjectManager()
  async listChangesAfter(after: ChangePosition, statuses: readonly string[], limit: number, @MedusaContext() sharedContext: Context = {}): Promise<ChangePosition[]> {
    return await sqlOf(sharedContext.manager).execute<ChangePosition>(
      `select "id", "updated_at"::text as "at" from "appointment"
        where ("updated_at", "id") > (?::timestamptz, ?) and "status" in (${statuses.map(() => "?").join(", ")}) and "deleted_at" is null
        order by "updated_at", "id" limit ?`,
      [after.at, after.id, ...statuses, limit],
    )
  }

  @InjectManager()
  private async listRosterRows(@MedusaContext() sharedContext: Context = {}): Promise<RosterRow[]> {
    return await rosterRows(sqlOf(sharedContext.manager))
  }

  /**
   * What fills these beauticians' calendars during `[from, until)`, in one round
   * trip: the appointments that occupy time (with the no-overlap constraint's own
   * predicate, so PostgreSQL answers from its gist index) and time off. Instants
   * come as epoch milliseconds, which are much cheaper to read than dates.
   */
  @InjectManager()
  async listCalendarEntries(beauticianIds: string[] | null, from: Date, until: Date, @MedusaContext() sharedContext: Context = {}) {
    return await calendarEntries(sqlOf(sharedContext.transactionManager ?? sharedContext.manager), beauticianIds, from, until)
  }

  /** A studio's customers with their visits and spend (M6), filtered, sorted and paged in one statement, and how many match. */
  @InjectManager()
  async listStudioCustomers(query: StudioCustomerQuery, @MedusaContext() sharedContext: Context = {}) {
    return await studioCustomerFigures(sqlOf(sharedContext.manager), query)
  }

  /** Replaces a beautician's weekly hours in one transaction. */
  @InjectTransactionManager()
  async replaceWorkingHours(
    beauticianId: string,
    weekly: Array<{ weekday: number; start: string; end: string }>,
    @MedusaContext() sharedContext: Context = {},
  ) {
    const current = await this.listWorkingHours({ beautician_id: beauticianId }, { select: ["id"] }, sharedContext)
    if (current.length > 0) await this.deleteWorkingHours(current.map((w) => w.id), sharedContext)
    if (weekly.length === 0) return []
    return await this.createWorkingHours(
      weekly.map((w) => ({ beautician_id: beauticianId, weekday: w.weekday, start_time: w.start, end_time: w.end })),
      sharedContext,
    )
  }

  /** Sets one date's windows (an empty list is a day off), or with `null` gives the date back to the weekly hours. */
  @InjectManager()
  async replaceDateOverride(beauticianId: string, date: string, windows: Array<{ start: string; end: string }> | null, @MedusaContext() sharedContext: Context = {}) {
    const manager = sqlOf(sharedContext.manager)
    if (windows === null) {
      await manager.execute(`delete from "date_override" where "beautician_id" = ? and "date" = ?`, [beauticianId, date])
      return
    }
    await manager.execute(
      `insert into "date_override" ("id", "beautician_id", "date", "windows") values (?, ?, ?, ?::jsonb)
       on conflict ("beautician_id", "date") where "deleted_at" is null do update set "windows" = excluded."windows", "updated_at" = now()`,
      [generateEntityId(undefined, "wdo"), beauticianId, date, JSON.stringify(windows)],
    )
  }

  /**
   * Moves an appointment to a new time in one statement: the row either takes
   * the new range (the no-overlap constraint agrees) or keeps the old one, so the
   * old time is only given up once the new one is secured. The appointment
   * goes to `beautician_id` (another beautician, when dispatch moves it on).
   * With `hold_until` it becomes a hold again until then (a lapsed hold taken back).
   */
  @InjectTransactionManager()
  async moveAppointment(input: MoveAppointmentInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = await this.makeRoom(sharedContext, input)
    const holdUntil = input.hold_until ?? null
    const moved = await manager.execute(
      `update "appointment" set "beautician_id" = ?, "starts_at" = ?, "ends_at" = ?, "blocked_from" = ?, "blocked_until" = ?, "travel_in_minutes" = ?,
              "status" = case when ?::timestamptz is null then "status" else 'held' end, "expires_at" = coalesce(?::timestamptz, "expires_at"), "updated_at" = now()
        where "id" = ? and "status" = ? and "deleted_at" is null returning "id"`,
      [input.beautician_id, input.starts_at, input.ends_at, input.blocked_from, input.blocked_until, input.travel_in_minutes, holdUntil, holdUntil, input.id, input.expected_status],
    )
    if (moved.length !== 1) throw new AppointmentChangedError()
  }

  /**
   * Moves a beautician's job one step (en route, arrived, ...) if it is still
   * where the caller saw it: one statement decides, so of two taps at once only
   * one moves it. The status trigger records the step with `actor`.
   */
  @InjectTransactionManager()
  async advanceJob(input: AdvanceJobInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = sqlOf(sharedContext.transactionManager)
    await manager.execute(`select set_config('doorstep.actor', ?, true)`, [input.actor])
    const moved = await manager.execute(
      `update "appointment" set "status" = ?, "check_in" = coalesce(?::jsonb, "check_in"), "service_record" = coalesce(?::jsonb, "service_record"), "updated_at" = now()
        where "id" = ? and "beautician_id" = ? and "status" = ? and "deleted_at" is null returning "id"`,
      [
        input.to,
        input.check_in ? JSON.stringify(input.check_in) : null,
        input.service_record ? JSON.stringify(input.service_record) : null,
        input.id,
        input.beautician_id,
        input.from,
      ],
    )
    if (moved.length !== 1) throw new AppointmentChangedError()
  }

  /**
   * Cancels an appointment as quoted, if it is still where the caller saw it
   * (`expected_status`) and the state machine lets that status end so: one
   * statement decides, so of two cancellations at once (customer and staff,
   * or a double tap) only one records a fee and a refund. The status trigger
   * records the step with `actor`.
   */
  @InjectTransactionManager()
  async cancelAppointment(input: CancelAppointmentInput, @MedusaContext() sharedContext: Context = {}) {
    assertTransition(input.expected_status as AppointmentStatus, "cancelled")
    const manager = sqlOf(sharedContext.transactionManager)
    await manager.execute(`select set_config('doorstep.actor', ?, true)`, [input.actor])
    const cancelled = await manager.execute(
      `update "appointment" set "status" = 'cancelled', "cancelled_at" = ?, "cancellation_fee_fen" = ?, "refund_fen" = ?, "updated_at" = now()
        where "id" = ? and "status" = ? and "deleted_at" is null returning "id"`,
      [input.now, input.fee_fen, input.refund_fen, input.id, input.expected_status],
    )
    if (cancelled.length !== 1) throw new AppointmentChangedError()
    await this.createAppointmentChanges(
      { appointment_id: input.id, kind: "cancelled", actor: input.actor, reason: input.reason ?? null, details: { from_status: input.expected_status, fee_fen: input.fee_fen, refund_fen: input.refund_fen, waived: input.waived ?? false } },
      sharedContext,
    )
  }

  /**
   * Records a refund of `amount_fen` more, if nothing else was refunded since
   * the caller read `refunded_fen` and the total stays within what was paid:
   * of two refunds at once only one is recorded. The change is logged with
   * who and why in the same transaction.
   */
  @InjectTransactionManager()
  async recordRefund(input: RecordRefundInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = sqlOf(sharedContext.transactionManager)
    const recorded = await manager.execute(
      `update "appointment" set "refund_fen" = coalesce("refund_fen", 0) + ?, "updated_at" = now()
        where "id" = ? and coalesce("refund_fen", 0) = ? and coalesce("paid_fen", 0) - coalesce("refund_fen", 0) >= ? and "deleted_at" is null returning "id"`,
      [input.amount_fen, input.id, input.refunded_fen, input.amount_fen],
    )
    if (recorded.length !== 1) throw new AppointmentChangedError()
    await this.createAppointmentChanges({ appointment_id: input.id, kind: "refunded", actor: input.actor, reason: input.reason, details: { amount_fen: input.amount_fen } }, sharedContext)
  }

  /**
   * Marks every hold past its expiry as expired. Runs under a transaction-scoped
   * advisory lock, so when several workers tick at once only one does the work;
   * the others get `null` and change nothing.
   */
  @InjectTransactionManager()
  async expireLapsedHolds(now: Date, @MedusaContext() sharedContext: Context = {}): Promise<number | null> {
    const manager = sqlOf(sharedContext.transactionManager)
    const [{ locked }] = await manager.execute(`select pg_try_advisory_xact_lock(hashtext(?)) as locked`, [HOLD_EXPIRY_LOCK])
    if (!locked) return null
    const expired = await manager.execute(
      `update "appointment" set "status" = 'expired', "updated_at" = now()
        where "status" = 'held' and "expires_at" <= ? and "deleted_at" is null returning "id"`,
      [now],
    )
    await this.pruneChangeLog(manager)
    return expired.length
  }

  /**
   * Drops change-log rows of transactions that ended over `CHANGE_LOG_KEEP_MS`
   * ago: every instance that still trusts its memory has read the log since.
   */
  private async pruneChangeLog(manager: SqlManager) {
    const [{ xmin }] = await manager.execute<{ xmin: string }>(`select pg_snapshot_xmin(pg_current_snapshot())::text as "xmin"`, [])
    const now = Date.now()
    this.horizons.push({ at: now, xmin })
    let horizon: string | undefined
    while (this.horizons.length > 0 && now - this.horizons[0].at >= CHANGE_LOG_KEEP_MS) horizon = this.horizons.shift()!.xmin
    if (horizon) await manager.execute(`delete from "calendar_change" where "xid" < ?::xid8`, [horizon])
  }
}

/** A first booking's price, but the customer has booked already (perhaps in another cart, at the same moment). */
export class FirstBookingUsedError extends Error {
  constructor() {
    super("The first-booking offer was used already")
  }
}

/** Thrown inside the transaction so that a partial confirmation rolls back. */
export class HoldsLapsedError extends Error {
  constructor() {
    super("A hold has lapsed")
  }
}

/** The appointment changed status while it was being moved; nothing was written. */
export class AppointmentChangedError extends Error {
  constructor() {
    super("The appointment changed while it was being moved")
  }
}

export interface MoveAppointmentInput {
  id: string
  expected_status: string
  now: Date
  beautician_id: string
  starts_at: Date
  ends_at: Date
  blocked_from: Date
  blocked_until: Date
  travel_in_minutes: number
  next_visit?: { id: string; blocked_from: Date; travel_in_minutes: number }
  /** Makes the appointment a hold again, until this instant. */
  hold_until?: Date
}

export interface CancelAppointmentInput {
  id: string
  expected_status: string
  now: Date
  fee_fen: number
  refund_fen: number
  /** Who cancelled: `customer:…`, `user:…` (staff) or `system`. */
  actor: string
  /** Why, when staff cancel. */
  reason?: string
  /** Staff let the fee go: the customer gets back all they paid. */
  waived?: boolean
}

export interface RecordRefundInput {
  id: string
  /** What had been refunded when the caller read the appointment. */
  refunded_fen: number
  amount_fen: number
  actor: string
  reason: string
}

export interface AdvanceJobInput {
  id: string
  beautician_id: string
  from: string
  to: string
  actor: string
  check_in?: Record<string, unknown>
  service_record?: Record<string, unknown>
}

/** The advisory lock that lets one instance at a time expire holds. */
export const HOLD_EXPIRY_LOCK = "doorstep.expire-holds"

/** An appointment row as stored. */
export type AppointmentRow = InferTypeOf<typeof Appointment>

/** Where a reader of appointments' changes stands: a change's exact `updated_at` (PostgreSQL's text of it) and the appointment's id. */
export interface ChangePosition {
  at: string
  id: string
}

export interface HoldSlotInput {
  now: Date
  beautician_id: string
  customer_id: string
  variant_id: string
  starts_at: Date
  ends_at: Date
  blocked_from: Date
  blocked_until: Date
  travel_in_minutes: number
  address: Record<string, unknown>
  lat: number
  lng: number
  expires_at: Date
  next_visit?: { id: string; blocked_from: Date; travel_in_minutes: number }
  /** False when the calendar, read under the lock, holds no lapsed hold near the visit: nothing to expire first. */
  lapsed_holds_in_the_way?: boolean
}

/** PostgreSQL's exclusion_violation on our no-overlap constraint: someone else got the time first. */
export function isOverlapViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ""}` : String(error)
  return text.includes("appointment_no_overlap") || text.includes("23P01")
}
