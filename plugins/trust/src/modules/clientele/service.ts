import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { StudioCustomerNote } from "./models/studio-customer-note"
import { StudioCustomerTag } from "./models/studio-customer-tag"

type SqlManager = { execute<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T[]> }

/** What studios keep about their own customers: tags and private notes, each row one studio's. */
export default class ClienteleModuleService extends MedusaService({ StudioCustomerTag, StudioCustomerNote }) {
  /** Replaces the tags one studio gave one customer, in one transaction (one at a time per customer: the last set wins whole); answers them in order. */
  @InjectTransactionManager()
  async setStudioCustomerTags(merchantHandle: string, customerId: string, tags: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.studio-customer-tags:${merchantHandle}:${customerId}`])
    await manager.execute(`delete from "studio_customer_tag" where "merchant_handle" = ? and "customer_id" = ?`, [merchantHandle, customerId])
    if (tags.length) await this.createStudioCustomerTags(tags.map((tag) => ({ merchant_handle: merchantHandle, customer_id: customerId, tag })), sharedContext)
    return [...tags].sort()
  }
}
