import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { textArray } from "@doorstep/appointments/lib/text-array"
import { FavouriteBeautician } from "./models/favourite-beautician"
import { ServiceView } from "./models/service-view"
import { ViewingConsent } from "./models/viewing-consent"

type SqlManager = { execute<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T[]> }
const managerOf = (context: Context) => context.transactionManager ?? context.manager

/** How many viewed services a customer's history keeps (the most recent). */
export const VIEWS_KEPT = 100

export interface Favourite {
  beautician_id: string
  created_at: Date
}

export interface View {
  product_id: string
  viewed_at: Date
}

/**
 * What customers have shown they like: favourite beauticians, and — only
 * while they consent — the services they looked at. Rows are deleted, not
 * soft-deleted: a cleared history or a withdrawn favourite is gone.
 */
export default class TasteModuleService extends MedusaService({ FavouriteBeautician, ServiceView, ViewingConsent }) {
  /** Marks a favourite (again: nothing changes); answers it with when it was first marked. */
  @InjectTransactionManager()
  async favourite(customerId: string, beauticianId: string, @MedusaContext() context: Context = {}): Promise<Favourite> {
    const sql = managerOf(context) as SqlManager
    await sql.execute(
      `insert into "favourite_beautician" ("id", "customer_id", "beautician_id") values (?, ?, ?)
       on conflict ("customer_id", "beautician_id") where "deleted_at" is null do nothing`,
      [generateEntityId(undefined, "fav"), customerId, beauticianId],
    )
    const [row] = await sql.execute<Favourite>(
      `select "beautician_id", "created_at" from "favourite_beautician" where "customer_id" = ? and "beautician_id" = ? and "deleted_at" is null`,
      [customerId, beauticianId],
    )
    return row
  }

  @InjectTransactionManager()
  async unfavourite(customerId: string, beauticianId: string, @MedusaContext() context: Context = {}): Promise<void> {
    await (managerOf(context) as SqlManager).execute(`delete from "favourite_beautician" where "customer_id" = ? and "beautician_id" = ?`, [customerId, beauticianId])
  }

  /** The customer's favourites, most recently marked first. */
  @InjectManager()
  async favouritesOf(customerId: string, @MedusaContext() context: Context = {}): Promise<Favourite[]> {
    return await (managerOf(context) as SqlManager).execute<Favourite>(
      `select "beautician_id", "created_at" from "favourite_beautician" where "customer_id" = ? and "deleted_at" is null order by "created_at" desc, "id" desc`,
      [customerId],
    )
  }

  /** Which of these customers marked which beauticians, as "customer beautician" pairs (dispatch's familiarity). */
  @InjectManager()
  async favouritePairs(customerIds: string[], @MedusaContext() context: Context = {}): Promise<Set<string>> {
    if (customerIds.length === 0) return new Set()
    const rows = await (managerOf(context) as SqlManager).execute<{ customer_id: string; beautician_id: string }>(
      `select "customer_id", "beautician_id" from "favourite_beautician" where "customer_id" = any(?::text[]) and "deleted_at" is null`,
      [textArray([...new Set(customerIds)])],
    )
    return new Set(rows.map((r) => `${r.customer_id} ${r.beautician_id}`))
  }

  /** When the customer said yes to keeping their viewing history, or null. */
  @InjectManager()
  async consentOf(customerId: string, @MedusaContext() context: Context = {}): Promise<Date | null> {
    const [row] = await (managerOf(context) as SqlManager).execute<{ consented_at: Date }>(
      `select "consented_at" from "viewing_consent" where "customer_id" = ? and "deleted_at" is null`,
      [customerId],
    )
    return row?.consented_at ?? null
  }

  /** Says yes (kept from the first yes) or no; no also clears the history, in the same transaction. */
  @InjectTransactionManager()
  async setConsent(customerId: string, consent: boolean, now: Date, @MedusaContext() context: Context = {}): Promise<Date | null> {
    const sql = managerOf(context) as SqlManager
    if (!consent) {
      await sql.execute(`delete from "viewing_consent" where "customer_id" = ?`, [customerId])
      await sql.execute(`delete from "service_view" where "customer_id" = ?`, [customerId])
      return null
    }
    await sql.execute(
      `insert into "viewing_consent" ("id", "customer_id", "consented_at") values (?, ?, ?)
       on conflict ("customer_id") where "deleted_at" is null do nothing`,
      [generateEntityId(undefined, "vcon"), customerId, now],
    )
    return await this.consentOf(customerId, context)
  }

  /**
   * Keeps that the customer looked at a service, if they consent (answers
   * whether it was kept). One row per service, its last view; the oldest go
   * beyond `VIEWS_KEPT`. Consent is read under the same lock that a
   * withdrawal takes, so a view never outlives a "no".
   */
  @InjectTransactionManager()
  async recordView(customerId: string, productId: string, now: Date, @MedusaContext() context: Context = {}): Promise<boolean> {
    const sql = managerOf(context) as SqlManager
    const consent = await sql.execute(`select 1 from "viewing_consent" where "customer_id" = ? and "deleted_at" is null for share`, [customerId])
    if (consent.length === 0) return false
    await sql.execute(
      `insert into "service_view" ("id", "customer_id", "product_id", "viewed_at") values (?, ?, ?, ?)
       on conflict ("customer_id", "product_id") where "deleted_at" is null do update set "viewed_at" = excluded."viewed_at", "updated_at" = now()`,
      [generateEntityId(undefined, "view"), customerId, productId, now],
    )
    await sql.execute(
      `delete from "service_view" where "customer_id" = ? and "id" in (
         select "id" from "service_view" where "customer_id" = ? order by "viewed_at" desc, "id" desc offset ?)`,
      [customerId, customerId, VIEWS_KEPT],
    )
    return true
  }

  /** The customer's viewed services, the latest view of each, newest first. */
  @InjectManager()
  async viewsOf(customerId: string, limit = VIEWS_KEPT, @MedusaContext() context: Context = {}): Promise<View[]> {
    return await (managerOf(context) as SqlManager).execute<View>(
      `select "product_id", "viewed_at" from "service_view" where "customer_id" = ? and "deleted_at" is null order by "viewed_at" desc, "id" desc limit ?`,
      [customerId, limit],
    )
  }

  /** Clears the customer's viewing history; answers how many services it held. */
  @InjectTransactionManager()
  async clearViews(customerId: string, @MedusaContext() context: Context = {}): Promise<number> {
    const rows = await (managerOf(context) as SqlManager).execute(`delete from "service_view" where "customer_id" = ? returning "id"`, [customerId])
    return rows.length
  }

  /** Everything kept about the customer here goes (their account is being deleted). */
  @InjectTransactionManager()
  async forgetCustomer(customerId: string, @MedusaContext() context: Context = {}): Promise<void> {
    const sql = managerOf(context) as SqlManager
    for (const table of ["favourite_beautician", "service_view", "viewing_consent"]) await sql.execute(`delete from "${table}" where "customer_id" = ?`, [customerId])
  }
}
