import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Review } from "./models/review"

type SqlManager = { execute<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T[]> }

/** Customers' reviews of their completed appointments, the studios' replies and moderation. */
export default class ReviewModuleService extends MedusaService({ Review }) {
  /** A beautician's rating over their visible reviews (null without any), and how many there are. */
  @InjectTransactionManager()
  async ratingOf(beauticianId: string, @MedusaContext() sharedContext: Context = {}): Promise<{ rating: number | null; count: number }> {
    const [row] = await (sharedContext.transactionManager as SqlManager).execute<{ rating: string | null; count: string }>(
      `select round(avg("rating")::numeric, 2) as "rating", count(*) as "count" from "review" where "beautician_id" = ? and "hidden" = false and "deleted_at" is null`,
      [beauticianId],
    )
    return { rating: row.rating === null ? null : Number(row.rating), count: Number(row.count) }
  }
}
