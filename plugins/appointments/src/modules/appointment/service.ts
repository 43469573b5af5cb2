import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { assertTransition } from "@doorstep/booking-core"
import { bookingSettings, type BookingSettings, type BookingSettingsOptions } from "../../lib/settings"
import { Appointment } from "./models/appointment"
import { Beautician } from "./models/beautician"
import { TimeOff } from "./models/time-off"
import { WorkingHours } from "./models/working-hours"

/** The ORM's entity manager, used for plain statements that must run at once and in order. */
interface SqlManager {
  execute<Row = Record<string, unknown>>(sql: string, params: unknown[]): Promise<Row[]>
}
const sqlOf = (manager: unknown) => manager as SqlManager

/** Loads and stores schedules and appointments; the rules live in @doorstep/booking-core. */
export default class AppointmentModuleService extends MedusaService({
  Beautician,
  WorkingHours,
  TimeOff,
  Appointment,
}) {
  private readonly settings: BookingSettings

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(container: Record<string, unknown>, options?: BookingSettingsOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.settings = bookingSettings(options)
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
    input: { beautician_id: string; now: Date; next_visit?: { id: string; blocked_from: Date } },
  ) {
    const manager = sqlOf(sharedContext.transactionManager)
    await manager.execute(
      `update "appointment" set "status" = 'expired', "updated_at" = now()
        where "beautician_id" = ? and "status" = 'held' and "expires_at" <= ? and "deleted_at" is null`,
      [input.beautician_id, input.now],
    )
    if (input.next_visit) {
      await manager.execute(`update "appointment" set "blocked_from" = ?, "updated_at" = now() where "id" = ?`, [
        input.next_visit.blocked_from,
        input.next_visit.id,
      ])
    }
    return manager
  }

  /**
   * Holds a slot in one transaction: stale holds of the beautician expire, the
   * visit that will follow starts its travel from the new address, and the hold
   * is inserted. The no-overlap constraint decides races; the loser gets
   * `isOverlapViolation(error)`.
   */
  @InjectTransactionManager()
  async holdSlot(input: HoldSlotInput, @MedusaContext() sharedContext: Context = {}) {
    await this.makeRoom(sharedContext, input)
    const { now: _now, next_visit: _next, ...appointment } = input
    const created = await this.createAppointments({ ...appointment, status: "held" }, sharedContext)
    return await this.retrieveAppointment(created.id, {}, sharedContext)
  }

  /**
   * Confirms holds all together or none, recording what was paid for each: every
   * one must still be a live hold, else `HoldsLapsedError` and nothing changes.
   */
  @InjectTransactionManager()
  async confirmHolds(holds: Array<{ id: string; paid_fen: number }>, now: Date, @MedusaContext() sharedContext: Context = {}) {
    const manager = sqlOf(sharedContext.transactionManager)
    const confirmed = await manager.execute(
      `update "appointment" as a set "status" = 'confirmed', "expires_at" = null, "paid_fen" = v.paid_fen, "updated_at" = now()
         from (values ${holds.map(() => "(?, ?::integer)").join(", ")}) as v(id, paid_fen)
        where a."id" = v.id and a."status" = 'held' and a."expires_at" > ? and a."deleted_at" is null
        returning a."id"`,
      [...holds.flatMap((h) => [h.id, h.paid_fen]), now],
    )
    if (confirmed.length !== holds.length) throw new HoldsLapsedError()
    return confirmed.length
  }

  /**
   * The active beauticians who perform a service, with their weekly hours, in
   * one query: by skill (gin index) and, for "anyone nearby", inside a box
   * around the address (btree on the home coordinates).
   */
  @InjectManager()
  async listEligible(
    input: { productId: string; beauticianId?: string; box?: { minLat: number; maxLat: number; minLng: number; maxLng: number } },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<EligibleBeautician[]> {
    const manager = sqlOf(sharedContext.manager)
    const conditions = [`b."status" = 'active'`, `b."deleted_at" is null`, `b."skill_product_ids" @> array[?]::text[]`]
    const params: unknown[] = [input.productId]
    if (input.beauticianId) {
      conditions.push(`b."id" = ?`)
      params.push(input.beauticianId)
    }
    if (input.box) {
      conditions.push(`b."home_lat" between ? and ?`, `b."home_lng" between ? and ?`)
      params.push(input.box.minLat, input.box.maxLat, input.box.minLng, input.box.maxLng)
    }
    return await manager.execute<EligibleBeautician>(
      `select b."id", b."timezone", b."home_lat", b."home_lng", b."service_radius_km", b."service_districts",
              coalesce(json_agg(json_build_object('weekday', w."weekday", 'start', w."start_time", 'end', w."end_time"))
                       filter (where w."id" is not null), '[]') as "weekly"
         from "beautician" b
         left join "working_hours" w on w."beautician_id" = b."id" and w."deleted_at" is null
        where ${conditions.join(" and ")}
        group by b."id"`,
      params,
    )
  }

  /**
   * The appointments that occupy any of these beauticians' calendars during
   * `[from, until)`. Written with the no-overlap constraint's own predicate so
   * PostgreSQL answers from that constraint's gist index.
   */
  @InjectManager()
  async listOccupying(beauticianIds: string[], from: Date, until: Date, @MedusaContext() sharedContext: Context = {}) {
    if (beauticianIds.length === 0) return []
    const manager = sqlOf(sharedContext.manager)
    return await manager.execute<OccupyingRow>(
      `select "id", "beautician_id", "status", "starts_at", "ends_at", "blocked_from", "blocked_until", "travel_in_minutes", "lat", "lng", "expires_at"
         from "appointment"
        where "beautician_id" in (${beauticianIds.map(() => "?").join(", ")})
          and tstzrange("blocked_from", "blocked_until", '[)') && tstzrange(?, ?, '[)')
          and "status" in ('held', 'confirmed', 'assigned', 'en_route', 'arrived', 'in_service') and "deleted_at" is null`,
      [...beauticianIds, from, until],
    )
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

  /**
   * Moves an appointment to a new time in one statement: the row either takes
   * the new range (the no-overlap constraint agrees) or keeps the old one, so the
   * old time is only given up once the new one is secured.
   */
  @InjectTransactionManager()
  async moveAppointment(input: MoveAppointmentInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = await this.makeRoom(sharedContext, input)
    const moved = await manager.execute(
      `update "appointment" set "starts_at" = ?, "ends_at" = ?, "blocked_from" = ?, "blocked_until" = ?, "travel_in_minutes" = ?, "updated_at" = now()
        where "id" = ? and "status" = ? and "deleted_at" is null returning "id"`,
      [input.starts_at, input.ends_at, input.blocked_from, input.blocked_until, input.travel_in_minutes, input.id, input.expected_status],
    )
    if (moved.length !== 1) throw new AppointmentChangedError()
  }

  /**
   * Cancels an appointment as the policy quoted: the status change is checked by
   * the state machine, and fee and refund are recorded with it.
   */
  async cancelAppointment(id: string, quote: { feeAmount: number; refundAmount: number }, now: Date) {
    const [appointment] = await this.listAppointments({ id })
    assertTransition(appointment.status, "cancelled")
    return await this.updateAppointments({
      id,
      status: "cancelled",
      cancelled_at: now,
      cancellation_fee_fen: quote.feeAmount,
      refund_fen: quote.refundAmount,
    })
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
    return expired.length
  }
}

/** Thrown inside the transaction so that a partial confirmation rolls back. */
export class HoldsLapsedError extends Error {
  constructor() {
    super("A hold has lapsed")
  }
}

export interface EligibleBeautician {
  id: string
  timezone: string
  home_lat: number
  home_lng: number
  service_radius_km: number
  service_districts: string[] | null
  weekly: Array<{ weekday: number; start: string; end: string }>
}

export interface OccupyingRow {
  id: string
  beautician_id: string
  status: string
  starts_at: Date
  ends_at: Date
  blocked_from: Date
  blocked_until: Date
  travel_in_minutes: number
  lat: number
  lng: number
  expires_at: Date | null
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
  next_visit?: { id: string; blocked_from: Date }
}

/** The advisory lock that lets one instance at a time expire holds. */
export const HOLD_EXPIRY_LOCK = "doorstep.expire-holds"

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
  next_visit?: { id: string; blocked_from: Date }
}

/** PostgreSQL's exclusion_violation on our no-overlap constraint: someone else got the time first. */
export function isOverlapViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ""}` : String(error)
  return text.includes("appointment_no_overlap") || text.includes("23P01")
}
