import type { Context } from "@medusajs/framework/types"
import crypto from "node:crypto"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { MerchantStatus } from "../../lib/merchant-status"
import { BeauticianApplication, type ApplicationStatus } from "./models/beautician-application"
import { Merchant } from "./models/merchant"
import { ReviewDecision, type REVIEW_SUBJECTS } from "./models/review-decision"

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

/** The plugin's options (medusa-config): the key ID numbers are hashed under. */
export interface StudiosOptions {
  idSecret: string
}

export default class MerchantModuleService extends MedusaService({ Merchant, BeauticianApplication, ReviewDecision }) {
  private readonly idSecret: string

  constructor(container: Record<string, unknown>, options?: StudiosOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    if (!options?.idSecret) throw new Error("@doorstep/studios: options.idSecret is required")
    this.idSecret = options.idSecret
  }

  /** Logs a decision taken elsewhere: a beautician's suspension (changed in the appointments module), a review's moderation (trust's), a studio's commission plan (money's). */
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
