import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { STANDARD_PLAN, type StoredCommissionPlan } from "@doorstep/booking-core"
import { payoutProviderNamed, type PayoutProvider } from "../../lib/payouts"
import { CommissionPlan } from "./models/commission-plan"
import { LedgerEntry } from "./models/ledger-entry"
import { Tip } from "./models/tip"
import { Withdrawal, type WithdrawalStatus } from "./models/withdrawal"

type SqlManager = { execute<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T[]> }

/** The beautician's ledger balance less the withdrawals requested, approved or being paid. */
async function availableToWithdraw(manager: SqlManager, beauticianId: string): Promise<number> {
  const [row] = await manager.execute<{ available: string }>(
    `select (select coalesce(sum("amount_fen"), 0) from "ledger_entry" where "beautician_id" = ? and "account" = 'beautician' and "deleted_at" is null)
          - (select coalesce(sum("amount_fen"), 0) from "withdrawal" where "beautician_id" = ? and "status" in ('requested', 'approved', 'paying') and "deleted_at" is null) as "available"`,
    [beauticianId, beauticianId],
  )
  return Number(row.available)
}

/** The plugin's options (medusa-config): the payout provider (`DOORSTEP_PAYOUT_PROVIDER`; `manual` unless set). */
export interface MoneyOptions {
  payoutProvider?: string
}

export interface WithdrawalRow {
  id: string
  beautician_id: string
  merchant_handle: string
  amount_fen: number
  status: WithdrawalStatus
  payout_provider: string | null
  payout_error: string | null
  transfer_reference: string | null
}

/**
 * The platform's money: the append-only earnings ledger, beauticians'
 * withdrawals and their payouts, tips, and the studios' commission plans.
 */
export default class MoneyModuleService extends MedusaService({ LedgerEntry, Withdrawal, Tip, CommissionPlan }) {
  /** How approved withdrawals are paid. */
  readonly payouts: PayoutProvider

  constructor(container: Record<string, unknown>, options?: MoneyOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.payouts = payoutProviderNamed(options?.payoutProvider, { paidWith: (reference) => this.withdrawalPaidWith(reference) })
  }

  /**
   * Appends the entries; an appointment's own entry that exists already (same
   * kind and account) is skipped, so posting twice, or from two instances at
   * once, books each share once. Resolves to how many were new.
   */
  @InjectTransactionManager()
  async postLedgerEntries(
    entries: Array<{
      appointment_id: string
      merchant_handle: string
      beautician_id: string | null
      account: string
      kind: string
      amount_fen: number
      commission_plan?: string | null
      commission_tier?: number | null
      commission_rate_bp?: number | null
    }>,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<number> {
    if (entries.length === 0) return 0
    const rows = await (sharedContext.transactionManager as SqlManager).execute(
      `insert into "ledger_entry" ("id", "appointment_id", "merchant_handle", "beautician_id", "account", "kind", "amount_fen", "commission_plan", "commission_tier", "commission_rate_bp")
       values ${entries.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}
       on conflict ("appointment_id", "kind", "account") where "kind" not in ('adjustment', 'refund') and "deleted_at" is null do nothing returning "id"`,
      entries.flatMap((e) => [
        generateEntityId(undefined, "ledg"),
        e.appointment_id,
        e.merchant_handle,
        e.beautician_id,
        e.account,
        e.kind,
        e.amount_fen,
        e.commission_plan ?? null,
        e.commission_tier ?? null,
        e.commission_rate_bp ?? null,
      ]),
    )
    return rows.length
  }

  /**
   * Books refunds' entries: each names (`note`) the amount it brings the
   * appointment's books to, and one already booked is skipped.
   */
  @InjectTransactionManager()
  async postRefundEntries(
    entries: Array<{ appointment_id: string; merchant_handle: string; beautician_id: string | null; account: string; amount_fen: number; note: string; commission_rate_bp: number | null }>,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<number> {
    if (entries.length === 0) return 0
    const rows = await (sharedContext.transactionManager as SqlManager).execute(
      `insert into "ledger_entry" ("id", "appointment_id", "merchant_handle", "beautician_id", "account", "kind", "amount_fen", "note", "commission_rate_bp")
       values ${entries.map(() => "(?, ?, ?, ?, ?, 'refund', ?, ?, ?)").join(", ")}
       on conflict ("appointment_id", "account", "note") where "kind" = 'refund' and "deleted_at" is null do nothing returning "id"`,
      entries.flatMap((e) => [generateEntityId(undefined, "ledg"), e.appointment_id, e.merchant_handle, e.beautician_id, e.account, e.amount_fen, e.note, e.commission_rate_bp]),
    )
    return rows.length
  }

  /** An account's balance: the sum of its entries (a beautician's, or a studio's or the platform's). */
  @InjectTransactionManager()
  async ledgerBalance(owner: { beautician_id: string } | { merchant_handle: string; account: "merchant" | "platform" }, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const [row] = await (sharedContext.transactionManager as SqlManager).execute<{ balance: string }>(
      "beautician_id" in owner
        ? `select coalesce(sum("amount_fen"), 0) as "balance" from "ledger_entry" where "beautician_id" = ? and "account" = 'beautician' and "deleted_at" is null`
        : `select coalesce(sum("amount_fen"), 0) as "balance" from "ledger_entry" where "merchant_handle" = ? and "account" = ? and "deleted_at" is null`,
      "beautician_id" in owner ? [owner.beautician_id] : [owner.merchant_handle, owner.account],
    )
    return Number(row.balance)
  }

  /** An account's entries from `start` up to `end`, oldest first, and its balance before them (for a statement). */
  @InjectTransactionManager()
  async ledgerBetween(
    owner: { beautician_id: string } | { merchant_handle: string; account: "merchant" | "platform" },
    range: { start: Date; end: Date },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<{ openingFen: number; entries: Array<{ created_at: Date; kind: string; appointment_id: string | null; note: string | null; amount_fen: number }> }> {
    const manager = sharedContext.transactionManager as SqlManager
    const [where, bindings] =
      "beautician_id" in owner ? [`"beautician_id" = ? and "account" = 'beautician'`, [owner.beautician_id]] : [`"merchant_handle" = ? and "account" = ?`, [owner.merchant_handle, owner.account]]
    const [opening] = await manager.execute<{ fen: string }>(`select coalesce(sum("amount_fen"), 0) as "fen" from "ledger_entry" where ${where} and "created_at" < ? and "deleted_at" is null`, [...bindings, range.start])
    const entries = await manager.execute<{ created_at: Date; kind: string; appointment_id: string | null; note: string | null; amount_fen: number }>(
      `select "created_at", "kind", "appointment_id", "note", "amount_fen" from "ledger_entry"
        where ${where} and "created_at" >= ? and "created_at" < ? and "deleted_at" is null order by "created_at", "id"`,
      [...bindings, range.start, range.end],
    )
    return { openingFen: Number(opening.fen), entries: entries.map((entry) => ({ ...entry, amount_fen: Number(entry.amount_fen) })) }
  }

  /**
   * A beautician's withdrawal of `amount_fen`, if it is no more than what is
   * available: the ledger balance less withdrawals still on their way.
   * Counted under a per-beautician lock, so two requests at once cannot both
   * spend the same money. Resolves to the withdrawal, or to what was available.
   */
  @InjectTransactionManager()
  async requestWithdrawal(
    input: { beautician_id: string; merchant_handle: string; amount_fen: number },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<{ withdrawal: Record<string, unknown> } | { available_fen: number }> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.withdrawal:${input.beautician_id}`])
    const available = await availableToWithdraw(manager, input.beautician_id)
    if (input.amount_fen > available) return { available_fen: available }
    const [withdrawal] = await manager.execute(
      `insert into "withdrawal" ("id", "beautician_id", "merchant_handle", "amount_fen") values (?, ?, ?, ?) returning *`,
      [generateEntityId(undefined, "wdrl"), input.beautician_id, input.merchant_handle, input.amount_fen],
    )
    return { withdrawal }
  }

  /** What the beautician may still ask for. */
  @InjectTransactionManager()
  async availableToWithdraw(beauticianId: string, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return await availableToWithdraw(sharedContext.transactionManager as SqlManager, beauticianId)
  }

  /**
   * Approves or rejects a withdrawal: moves it from one of `from` to `to` in
   * one conditional statement. Resolves to the withdrawal, or null if it was
   * not in one of `from`. (Paying goes through `claimPayout`.)
   */
  @InjectTransactionManager()
  async moveWithdrawal(
    input: { id: string; from: readonly WithdrawalStatus[]; to: "approved" | "rejected"; actor: string; reason: string | null },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<Record<string, unknown> | null> {
    const [moved] = await (sharedContext.transactionManager as SqlManager).execute(
      `update "withdrawal" set "status" = ?, "reason" = coalesce(?, "reason"), "decided_by" = ?, "updated_at" = now()
        where "id" = ? and "status" in (${input.from.map(() => "?").join(", ")}) and "deleted_at" is null returning *`,
      [input.to, input.reason, input.actor, input.id, ...input.from],
    )
    return moved ?? null
  }

  /**
   * Claims an approved withdrawal for paying through `provider`: of two
   * payouts at once, one moves it to `paying` and goes to the provider, the
   * other gets null. Resolves to the withdrawal.
   */
  @InjectTransactionManager()
  async claimPayout(input: { id: string; actor: string; provider: string }, @MedusaContext() sharedContext: Context = {}): Promise<WithdrawalRow | null> {
    const [claimed] = await (sharedContext.transactionManager as SqlManager).execute<WithdrawalRow>(
      `update "withdrawal" set "status" = 'paying', "payout_provider" = ?, "payout_error" = null, "decided_by" = ?, "updated_at" = now()
        where "id" = ? and "status" = 'approved' and "deleted_at" is null returning *`,
      [input.provider, input.actor, input.id],
    )
    return claimed ? { ...claimed, amount_fen: Number(claimed.amount_fen) } : null
  }

  /** The provider paid: the withdrawal is paid with its reference, and its negative ledger entry is written, in one transaction. */
  @InjectTransactionManager()
  async completePayout(input: { id: string; reference: string }, @MedusaContext() sharedContext: Context = {}): Promise<WithdrawalRow> {
    const manager = sharedContext.transactionManager as SqlManager
    const [paid] = await manager.execute<WithdrawalRow>(
      `update "withdrawal" set "status" = 'paid', "transfer_reference" = ?, "paid_at" = now(), "updated_at" = now()
        where "id" = ? and "status" = 'paying' and "deleted_at" is null returning *`,
      [input.reference, input.id],
    )
    if (!paid) throw new Error(`Withdrawal ${input.id} is not being paid`)
    await manager.execute(
      `insert into "ledger_entry" ("id", "appointment_id", "merchant_handle", "beautician_id", "account", "kind", "amount_fen", "note") values (?, null, ?, ?, 'beautician', 'withdrawal', ?, ?)`,
      [generateEntityId(undefined, "ledg"), paid.merchant_handle, paid.beautician_id, -paid.amount_fen, `withdrawal ${paid.id}`],
    )
    return paid
  }

  /** The provider did not pay: the withdrawal is approved again, with the error kept. */
  @InjectTransactionManager()
  async failPayout(input: { id: string; error: string }, @MedusaContext() sharedContext: Context = {}): Promise<WithdrawalRow | null> {
    const [released] = await (sharedContext.transactionManager as SqlManager).execute<WithdrawalRow>(
      `update "withdrawal" set "status" = 'approved', "payout_error" = ?, "updated_at" = now() where "id" = ? and "status" = 'paying' and "deleted_at" is null returning *`,
      [input.error.slice(0, 500), input.id],
    )
    return released ?? null
  }

  /** The paid withdrawal a transfer reference already records, if any. */
  @InjectTransactionManager()
  async withdrawalPaidWith(reference: string, @MedusaContext() sharedContext: Context = {}): Promise<string | null> {
    const [row] = await (sharedContext.transactionManager as SqlManager).execute<{ id: string }>(
      `select "id" from "withdrawal" where "transfer_reference" = ? and "status" = 'paid' and "deleted_at" is null limit 1`,
      [reference],
    )
    return row?.id ?? null
  }

  /** A new pending tip, or null if the appointment has one already (asked at the same moment too: the unique index decides). */
  @InjectTransactionManager()
  async createTipOnce(
    input: { appointment_id: string; customer_id: string; beautician_id: string; merchant_handle: string; amount_fen: number },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<Record<string, unknown> | null> {
    const [tip] = await (sharedContext.transactionManager as SqlManager).execute(
      `insert into "tip" ("id", "appointment_id", "customer_id", "beautician_id", "merchant_handle", "amount_fen") values (?, ?, ?, ?, ?, ?)
       on conflict ("appointment_id") where "deleted_at" is null do nothing returning *`,
      [generateEntityId(undefined, "tip"), input.appointment_id, input.customer_id, input.beautician_id, input.merchant_handle, input.amount_fen],
    )
    return tip ?? null
  }

  /**
   * The tip whose cart became `orderId` is paid, and booked wholly to the
   * beautician as `fen` (what the order took for it), in one transaction;
   * once, however often the order's event arrives. Resolves to whether this
   * call booked it.
   */
  @InjectTransactionManager()
  async bookTip(input: { tip_id: string; order_id: string; fen: number }, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlManager
    const [tip] = await manager.execute<{ appointment_id: string; merchant_handle: string; beautician_id: string }>(
      `update "tip" set "status" = 'paid', "order_id" = ?, "paid_at" = now(), "updated_at" = now() where "id" = ? and "status" = 'pending' and "deleted_at" is null returning *`,
      [input.order_id, input.tip_id],
    )
    if (!tip) return false
    await manager.execute(
      `insert into "ledger_entry" ("id", "appointment_id", "merchant_handle", "beautician_id", "account", "kind", "amount_fen", "note") values (?, ?, ?, ?, 'beautician', 'tip', ?, ?)`,
      [generateEntityId(undefined, "ledg"), tip.appointment_id, tip.merchant_handle, tip.beautician_id, input.fen, `tip ${input.tip_id} order ${input.order_id}`],
    )
    return true
  }

  /** The studios' commission plans by handle; a studio the platform has given none is on the standard plan. */
  async plansOf(handles: readonly string[]): Promise<Map<string, StoredCommissionPlan>> {
    const stored = handles.length ? await this.listCommissionPlans({ merchant_handle: [...handles] }) : []
    const byHandle = new Map(stored.map((plan) => [plan.merchant_handle, plan]))
    return new Map(
      handles.map((handle) => {
        const plan = byHandle.get(handle)
        return [handle, plan ? { name: plan.name, commission_percent: Number(plan.commission_percent), beautician_percent: Number(plan.beautician_percent), tiers: plan.tiers as StoredCommissionPlan["tiers"] } : STANDARD_PLAN]
      }),
    )
  }

  /** A studio's commission plan. */
  async planOf(handle: string): Promise<StoredCommissionPlan> {
    return (await this.plansOf([handle])).get(handle)!
  }

  /**
   * Gives the studio `plan` (its tiers checked by the caller; without a name
   * it keeps its plan's name), under a lock per studio, so that two changes
   * at once each see the plan they replace. Resolves to the plan before and
   * after.
   */
  @InjectTransactionManager()
  async setPlan(
    handle: string,
    change: Omit<StoredCommissionPlan, "name"> & { name?: string },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<{ before: StoredCommissionPlan; after: StoredCommissionPlan }> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.commission-plan:${handle}`])
    const [stored] = await manager.execute<StoredCommissionPlan>(
      `select "name", "commission_percent", "beautician_percent", "tiers" from "commission_plan" where "merchant_handle" = ? and "deleted_at" is null`,
      [handle],
    )
    const before = stored ? { ...stored, commission_percent: Number(stored.commission_percent), beautician_percent: Number(stored.beautician_percent) } : STANDARD_PLAN
    const plan: StoredCommissionPlan = { ...change, name: change.name ?? before.name }
    await manager.execute(
      `insert into "commission_plan" ("id", "merchant_handle", "name", "commission_percent", "beautician_percent", "tiers") values (?, ?, ?, ?, ?, ?::jsonb)
       on conflict ("merchant_handle") where "deleted_at" is null
       do update set "name" = excluded."name", "commission_percent" = excluded."commission_percent", "beautician_percent" = excluded."beautician_percent", "tiers" = excluded."tiers", "updated_at" = now()`,
      [generateEntityId(undefined, "cplan"), handle, plan.name, plan.commission_percent, plan.beautician_percent, plan.tiers ? JSON.stringify(plan.tiers) : null],
    )
    return { before, after: plan }
  }
}
