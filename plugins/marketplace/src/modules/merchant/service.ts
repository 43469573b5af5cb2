import type { Context } from "@medusajs/framework/types"
import crypto from "node:crypto"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { MerchantStatus } from "../../lib/merchant-status"
import { payoutProviderNamed, type PayoutProvider } from "../../lib/payouts"
import { BeauticianApplication, type ApplicationStatus } from "./models/beautician-application"
import { LedgerEntry } from "./models/ledger-entry"
import { Tip } from "./models/tip"
import { Merchant } from "./models/merchant"
import { ReviewDecision, type REVIEW_SUBJECTS } from "./models/review-decision"
import { Withdrawal, type WithdrawalStatus } from "./models/withdrawal"

type SqlManager = { execute<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T[]> }

export interface MerchantRow {
  id: string
  handle: string
  status: MerchantStatus
  legal_name: string | null
  credit_code: string | null
  licence_image_url: string | null
}

/** The merchant was not in a status the change starts from (changed meanwhile); nothing was written. */
export class MerchantChangedError extends Error {
  constructor() {
    super("The merchant changed meanwhile")
  }
}

async function logDecision(
  manager: SqlManager,
  decision: { subject_type: (typeof REVIEW_SUBJECTS)[number]; subject_id: string; from_status: string; to_status: string; actor: string; reason: string | null },
) {
  await manager.execute(`insert into "review_decision" ("id", "subject_type", "subject_id", "from_status", "to_status", "actor", "reason") values (?, ?, ?, ?, ?, ?, ?)`, [
    generateEntityId(undefined, "rdec"),
    decision.subject_type,
    decision.subject_id,
    decision.from_status,
    decision.to_status,
    decision.actor,
    decision.reason,
  ])
}

/** The beautician's ledger balance less the withdrawals requested, approved or being paid. */
async function availableToWithdraw(manager: SqlManager, beauticianId: string): Promise<number> {
  const [row] = await manager.execute<{ available: string }>(
    `select (select coalesce(sum("amount_fen"), 0) from "ledger_entry" where "beautician_id" = ? and "account" = 'beautician' and "deleted_at" is null)
          - (select coalesce(sum("amount_fen"), 0) from "withdrawal" where "beautician_id" = ? and "status" in ('requested', 'approved', 'paying') and "deleted_at" is null) as "available"`,
    [beauticianId, beauticianId],
  )
  return Number(row.available)
}

/** The application was not in a status the decision starts from; nothing was written. */
export class ApplicationChangedError extends Error {
  constructor() {
    super("The application changed meanwhile")
  }
}

export interface ApplicationRow {
  id: string
  merchant_handle: string
  beautician_id: string
  status: ApplicationStatus
}

/** The plugin's options (medusa-config): the key ID numbers are hashed under, and the payout provider (`DOORSTEP_PAYOUT_PROVIDER`; `manual` unless set). */
export interface MarketplaceOptions {
  idSecret: string
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

export default class MerchantModuleService extends MedusaService({ Merchant, BeauticianApplication, ReviewDecision, LedgerEntry, Withdrawal, Tip }) {
  private readonly idSecret: string
  /** How approved withdrawals are paid. */
  readonly payouts: PayoutProvider

  constructor(container: Record<string, unknown>, options?: MarketplaceOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    if (!options?.idSecret) throw new Error("@doorstep/marketplace: options.idSecret is required")
    this.idSecret = options.idSecret
    this.payouts = payoutProviderNamed(options.payoutProvider, { paidWith: (reference) => this.withdrawalPaidWith(reference) })
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
       on conflict ("appointment_id", "kind", "account") where "kind" <> 'adjustment' and "deleted_at" is null do nothing returning "id"`,
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

  /** Logs a decision taken elsewhere (a beautician's suspension, changed in the appointments module). */
  @InjectTransactionManager()
  async recordDecision(decision: Parameters<typeof logDecision>[1], @MedusaContext() sharedContext: Context = {}) {
    await logDecision(sharedContext.transactionManager as SqlManager, decision)
  }

  /** What identifies a person across applications without keeping their ID number: a keyed hash of it. */
  personKey(idNumber: string): string {
    return crypto.createHmac("sha256", this.idSecret).update(idNumber).digest("hex")
  }

  /** Decides on an application in one conditional statement, logged in the same transaction: of two decisions at once, one counts. */
  @InjectTransactionManager()
  async moveApplication(
    input: { id: string; merchant_handle: string; from: ApplicationStatus; to: ApplicationStatus; actor: string; reason: string | null },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<ApplicationRow> {
    const manager = sharedContext.transactionManager as SqlManager
    const [moved] = await manager.execute<ApplicationRow>(
      `update "beautician_application" set "status" = ?, "status_reason" = ?, "updated_at" = now()
        where "id" = ? and "merchant_handle" = ? and "status" = ? and "deleted_at" is null returning *`,
      [input.to, input.reason, input.id, input.merchant_handle, input.from],
    )
    if (!moved) throw new ApplicationChangedError()
    await logDecision(manager, { subject_type: "beautician_application", subject_id: moved.id, from_status: input.from, to_status: input.to, actor: input.actor, reason: input.reason })
    return moved
  }

  /** Replaces the licence documents while the merchant is in one of `editable`; otherwise `MerchantChangedError`. */
  @InjectTransactionManager()
  async replaceDocuments(
    input: { handle: string; editable: readonly MerchantStatus[]; legal_name: string; credit_code: string; licence_image_url: string },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<MerchantRow> {
    const [changed] = await (sharedContext.transactionManager as SqlManager).execute<MerchantRow>(
      `update "merchant" set "legal_name" = ?, "credit_code" = ?, "licence_image_url" = ?, "updated_at" = now()
        where "handle" = ? and "status" in (${input.editable.map(() => "?").join(", ")}) and "deleted_at" is null returning *`,
      [input.legal_name, input.credit_code, input.licence_image_url, input.handle, ...input.editable],
    )
    if (!changed) throw new MerchantChangedError()
    return changed
  }

  /**
   * Moves the merchant from one of `from` to `to`, with `fields`, in one
   * conditional statement, and logs who did it and why in the same
   * transaction; of two reviewers at once only one decides.
   */
  @InjectTransactionManager()
  async moveMerchant(
    input: { handle: string; from: readonly MerchantStatus[]; to: MerchantStatus; actor: string; reason: string | null; fields?: Record<string, unknown> },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<MerchantRow> {
    const manager = sharedContext.transactionManager as SqlManager
    const fields = Object.entries(input.fields ?? {})
    const [before] = await manager.execute<{ status: MerchantStatus }>(`select "status" from "merchant" where "handle" = ? and "deleted_at" is null for update`, [input.handle])
    const [moved] = await manager.execute<MerchantRow>(
      `update "merchant" set "status" = ?, "status_reason" = ?, ${fields.map(([name]) => `"${name}" = ?, `).join("")}"updated_at" = now()
        where "handle" = ? and "status" in (${input.from.map(() => "?").join(", ")}) and "deleted_at" is null returning *`,
      [input.to, input.reason, ...fields.map(([, value]) => value), input.handle, ...input.from],
    )
    if (!moved || !before) throw new MerchantChangedError()
    await logDecision(manager, { subject_type: "merchant", subject_id: moved.id, from_status: before.status, to_status: input.to, actor: input.actor, reason: input.reason })
    return moved
  }
}
