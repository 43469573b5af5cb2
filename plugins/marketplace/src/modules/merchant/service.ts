import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { MerchantStatus } from "../../lib/merchant-status"
import { Merchant, MerchantReview } from "./models/merchant"

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

export default class MerchantModuleService extends MedusaService({ Merchant, MerchantReview }) {
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
    await manager.execute(`insert into "merchant_review" ("id", "merchant_id", "from_status", "to_status", "actor", "reason") values (?, ?, ?, ?, ?, ?)`, [
      generateEntityId(undefined, "mrev"),
      moved.id,
      before.status,
      input.to,
      input.actor,
      input.reason,
    ])
    return moved
  }
}
