import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { DispatchDecision, type DispatchAction } from "./models/dispatch-decision"
import { Offer } from "./models/offer"
import { PushSubscription } from "./models/push-subscription"

type SqlManager = { execute<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T[]> }
const sqlOf = (manager: unknown) => manager as SqlManager

/** The advisory lock that lets one instance at a time expire offers. */
export const OFFER_EXPIRY_LOCK = "doorstep.expire-offers"
/** The advisory lock that lets one instance at a time run a round of the batched assignment. */
export const BATCH_LOCK = "doorstep.dispatch-batch"

export interface OfferRow {
  id: string
  appointment_id: string
  beautician_id: string
  status: string
  attempt: number
  expires_at: Date
}

/** No such offer made to this beautician: another's offer is not theirs to know of; nothing changed. */
export class OfferNotFoundError extends Error {
  constructor() {
    super("No such offer")
  }
}

/** The offer was no longer open (answered, expired or withdrawn) when the answer came; nothing changed. */
export class OfferClosedError extends Error {
  constructor() {
    super("This offer is no longer open")
  }
}

/**
 * Offers and the decision log. Each change of an offer is one conditional
 * statement, so of two answers at once only one counts, and an offer past its
 * expiry cannot be accepted; each change is logged in the same transaction.
 */
/** The plugin's options (medusa-config): the VAPID keys Web Push signs with; without them, no push is sent. */
export interface DispatchOptions {
  vapid?: { publicKey: string; privateKey: string; subject: string }
  /** Development and tests: a push "service" on loopback http may be subscribed. */
  allowLoopbackPush?: boolean
}

export default class DispatchModuleService extends MedusaService({ Offer, DispatchDecision, PushSubscription }) {
  private readonly options: DispatchOptions

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(container: Record<string, unknown>, options?: DispatchOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.options = options ?? {}
  }

  /** The VAPID keys, if Web Push is configured. */
  vapid() {
    return this.options.vapid
  }

  allowsLoopbackPush(): boolean {
    return this.options.allowLoopbackPush === true
  }

  /** Keeps a browser's subscription for its owner; the same endpoint signed in as someone else moves to them. */
  @InjectTransactionManager()
  async savePushSubscription(input: { actor_type: string; actor_id: string; endpoint: string; p256dh: string; auth: string }, @MedusaContext() sharedContext: Context = {}) {
    await sqlOf(sharedContext.transactionManager).execute(
      `insert into "push_subscription" ("id", "actor_type", "actor_id", "endpoint", "p256dh", "auth") values (?, ?, ?, ?, ?, ?)
       on conflict ("endpoint") where "deleted_at" is null do update set "actor_type" = excluded."actor_type", "actor_id" = excluded."actor_id",
         "p256dh" = excluded."p256dh", "auth" = excluded."auth", "updated_at" = now()`,
      [generateEntityId(undefined, "psub"), input.actor_type, input.actor_id, input.endpoint, input.p256dh, input.auth],
    )
  }

  /** Offers the appointment to a beautician until `expires_at`; fails if it already has a live offer. */
  @InjectTransactionManager()
  async openOffer(input: { appointment_id: string; beautician_id: string; attempt: number; expires_at: Date; actor: string }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sqlOf(sharedContext.transactionManager)
    const [offer] = await manager.execute<OfferRow>(
      `insert into "offer" ("id", "appointment_id", "beautician_id", "attempt", "expires_at") values (?, ?, ?, ?, ?) returning *`,
      [generateEntityId(undefined, "offr"), input.appointment_id, input.beautician_id, input.attempt, input.expires_at],
    )
    await this.log(manager, { appointment_id: input.appointment_id, action: "offered", beautician_id: input.beautician_id, actor: input.actor, reason: `attempt ${input.attempt}` })
    return offer
  }

  /** The beautician's answer, counted only while the offer is open and theirs; another's offer is not found, as if there were none. */
  @InjectTransactionManager()
  async answerOffer(
    input: { id: string; beautician_id: string; answer: "accepted" | "declined"; reason?: string; now: Date },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<OfferRow> {
    const manager = sqlOf(sharedContext.transactionManager)
    const [offer] = await manager.execute<OfferRow>(
      `update "offer" set "status" = ?, "responded_at" = ?, "decline_reason" = ?, "updated_at" = now()
        where "id" = ? and "beautician_id" = ? and "status" = 'pending' and "expires_at" > ? and "deleted_at" is null returning *`,
      [input.answer, input.now, input.reason ?? null, input.id, input.beautician_id, input.now],
    )
    if (!offer) {
      const [theirs] = await manager.execute(`select 1 from "offer" where "id" = ? and "beautician_id" = ? and "deleted_at" is null`, [input.id, input.beautician_id])
      throw theirs ? new OfferClosedError() : new OfferNotFoundError()
    }
    await this.log(manager, { appointment_id: offer.appointment_id, action: input.answer, beautician_id: input.beautician_id, actor: `beautician:${input.beautician_id}`, reason: input.reason ?? null })
    return offer
  }

  /** Takes back an accepted or pending offer whose appointment changed meanwhile (say, it was cancelled). */
  @InjectTransactionManager()
  async withdrawOffer(id: string, reason: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sqlOf(sharedContext.transactionManager)
    const [offer] = await manager.execute<OfferRow>(
      `update "offer" set "status" = 'withdrawn', "updated_at" = now() where "id" = ? and "status" in ('pending', 'accepted') returning *`,
      [id],
    )
    if (offer) await this.log(manager, { appointment_id: offer.appointment_id, action: "withdrawn", beautician_id: offer.beautician_id, actor: "system", reason })
  }

  /**
   * Expires every pending offer past its time, on one instance at a time (the
   * others get `null`); returns the expired offers so dispatch moves on.
   */
  @InjectTransactionManager()
  async expireDueOffers(now: Date, @MedusaContext() sharedContext: Context = {}): Promise<OfferRow[] | null> {
    const manager = sqlOf(sharedContext.transactionManager)
    const [{ locked }] = await manager.execute<{ locked: boolean }>(`select pg_try_advisory_xact_lock(hashtext(?)) as "locked"`, [OFFER_EXPIRY_LOCK])
    if (!locked) return null
    const expired = await manager.execute<OfferRow>(
      `update "offer" set "status" = 'expired', "updated_at" = now() where "status" = 'pending' and "expires_at" <= ? and "deleted_at" is null returning *`,
      [now],
    )
    for (const offer of expired) {
      await this.log(manager, { appointment_id: offer.appointment_id, action: "expired", beautician_id: offer.beautician_id, actor: "system", reason: "no answer in time" })
    }
    return expired
  }

  /**
   * Each beautician's share of offers accepted since `since` (accepted over
   * accepted, declined and expired); beauticians without answered offers are absent.
   */
  @InjectTransactionManager()
  async acceptanceRates(beauticianIds: string[], since: Date, @MedusaContext() sharedContext: Context = {}): Promise<Map<string, number>> {
    if (beauticianIds.length === 0) return new Map()
    const rows = await sqlOf(sharedContext.transactionManager).execute<{ beautician_id: string; rate: number }>(
      `select "beautician_id", avg(case when "status" = 'accepted' then 1.0 else 0.0 end)::float8 as "rate"
         from "offer" where "beautician_id" in (${beauticianIds.map(() => "?").join(", ")}) and "status" in ('accepted', 'declined', 'expired')
          and "created_at" >= ? and "deleted_at" is null
        group by "beautician_id"`,
      [...beauticianIds, since],
    )
    return new Map(rows.map((row) => [row.beautician_id, Number(row.rate)]))
  }

  /**
   * Runs `work` if no other instance is running a batch round (a
   * transaction-scoped advisory lock held for the round); otherwise `null`.
   */
  @InjectTransactionManager()
  async withBatchLock<T>(work: () => Promise<T>, @MedusaContext() sharedContext: Context = {}): Promise<T | null> {
    const [{ locked }] = await sqlOf(sharedContext.transactionManager).execute<{ locked: boolean }>(`select pg_try_advisory_xact_lock(hashtext(?)) as "locked"`, [BATCH_LOCK])
    return locked ? await work() : null
  }

  /** Records a late alert unless this one was raised already; true when it is new. */
  @InjectTransactionManager()
  async raiseLateAlert(input: { appointment_id: string; beautician_id: string; reason: string }, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const raised = await sqlOf(sharedContext.transactionManager).execute(
      `insert into "dispatch_decision" ("id", "appointment_id", "action", "beautician_id", "actor", "reason") values (?, ?, 'late', ?, 'system', ?)
       on conflict ("appointment_id", "reason") where "action" = 'late' and "deleted_at" is null do nothing returning "id"`,
      [generateEntityId(undefined, "dspd"), input.appointment_id, input.beautician_id, input.reason],
    )
    return raised.length === 1
  }

  /** Logs a decision that is not an offer's own (the merchant's queue). */
  @InjectTransactionManager()
  async recordDecision(input: { appointment_id: string; action: DispatchAction; beautician_id: string | null; actor: string; reason: string | null }, @MedusaContext() sharedContext: Context = {}) {
    await this.log(sqlOf(sharedContext.transactionManager), input)
  }

  private async log(manager: SqlManager, input: { appointment_id: string; action: DispatchAction; beautician_id: string | null; actor: string; reason: string | null }) {
    await manager.execute(`insert into "dispatch_decision" ("id", "appointment_id", "action", "beautician_id", "actor", "reason") values (?, ?, ?, ?, ?, ?)`, [
      generateEntityId(undefined, "dspd"),
      input.appointment_id,
      input.action,
      input.beautician_id,
      input.actor,
      input.reason,
    ])
  }
}
