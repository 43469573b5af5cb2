import { PostgresAdvisoryLockProvider } from "@medusajs/locking-postgres/dist/services/advisory-lock"
import { sqlOf } from "../../modules/appointment/queries"

/**
 * Medusa's PostgreSQL locking, with leases that end.
 *
 * `locking-postgres` keeps a lease as a row of the `locking` table with an
 * expiration, but its `acquire` refuses a key for as long as another owner's
 * row exists, long past that expiration. A process killed while holding one
 * (kill -9, the OOM killer, a lost machine) so blocked its key for good: a cart
 * whose completion was cut short could never be completed, a payment never
 * settled. Redis, the other provider, lets such a key lapse with its TTL; this
 * gives PostgreSQL the same rule: a lease past its expiration is nobody's.
 *
 * A holder that outlives its lease can lose it, as with Redis: the callers ask
 * for leases far longer than their work (two minutes for a cart completion).
 */
export class LeaseLockingProvider extends PostgresAdvisoryLockProvider {
  static override identifier = "locking-lease"

  override async acquire(keys: string | string[], args?: { ownerId?: string | null; expire?: number }): Promise<void> {
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      // Two that find one expired lease both delete it; the insert that follows lets only one of them in.
      await sqlOf(this.manager).execute(`DELETE FROM locking WHERE id = ? AND expiration <= NOW()`, [key])
    }
    return super.acquire(keys, args)
  }
}
