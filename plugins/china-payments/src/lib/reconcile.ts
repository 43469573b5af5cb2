import type { FilterablePaymentSessionProps, IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PROVIDER_IDS } from "../config"
import { announcePaymentFailed, askGateway } from "./settle"

/** The advisory lock that lets one instance at a time reconcile. */
export const RECONCILE_LOCK = "doorstep.reconcile-payments"

const MINUTE = 60_000

export interface ReconcileRules {
  /** A notification normally arrives within seconds; after this, the gateway is asked. */
  askAfterMinutes: number
  /** An order unpaid this long is closed at the gateway, so nobody pays for a time long given away. */
  closeAfterMinutes: number
  /** Sessions looked at per run, oldest first. */
  batch: number
}

export const DEFAULT_RECONCILE_RULES: ReconcileRules = { askAfterMinutes: 3, closeAfterMinutes: 30, batch: 50 }

export interface Reconciliation {
  /** Paid at the gateway though no notification came: now settled. */
  settled: string[]
  /** Still unpaid at the gateway. */
  unpaid: string[]
  /** Failed or closed at the gateway, or unpaid past `closeAfterMinutes` (then we close it): announced as failed. */
  closed: string[]
  /** The gateway could not be asked; tried again next run. */
  failed: string[]
}

/**
 * Asks the gateways about our payment sessions still pending a few minutes
 * after they opened, so a lost notification never loses a paid booking:
 * paid ones are settled exactly as a notification would, unpaid ones past
 * `closeAfterMinutes` are closed. One instance at a time (a transaction-scoped
 * advisory lock); the others get `null` and change nothing.
 */
export async function reconcilePayments(container: MedusaContainer, now: Date, rules: ReconcileRules = DEFAULT_RECONCILE_RULES): Promise<Reconciliation | null> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as {
    transaction<T>(work: (trx: { raw(sql: string, bindings: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }> }) => Promise<T>): Promise<T>
  }
  return await knex.transaction(async (trx) => {
    const { rows } = await trx.raw(`select pg_try_advisory_xact_lock(hashtext(?)) as "locked"`, [RECONCILE_LOCK])
    if (!rows[0].locked) return null
    return await reconcile(container, now, rules)
  })
}

async function reconcile(container: MedusaContainer, now: Date, rules: ReconcileRules): Promise<Reconciliation> {
  const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const stale = await payments.listPaymentSessions(
    // `status` is a column the typed filter leaves out; the module filters on it all the same.
    { provider_id: Object.values(PROVIDER_IDS), status: "pending", created_at: { $lt: new Date(now.getTime() - rules.askAfterMinutes * MINUTE).toISOString() } } as FilterablePaymentSessionProps,
    { select: ["id", "created_at"], order: { created_at: "ASC" }, take: rules.batch },
  )
  const result: Reconciliation = { settled: [], unpaid: [], closed: [], failed: [] }
  for (const session of stale) {
    try {
      const answer = await askGateway(container, session.id)
      if (answer.outcome !== "unpaid") {
        result.settled.push(session.id)
      } else if (answer.status !== "pending") {
        // Failed or closed at the gateway.
        await announcePaymentFailed(container, session.id)
        result.closed.push(session.id)
      } else if (now.getTime() - new Date(session.created_at).getTime() < rules.closeAfterMinutes * MINUTE) {
        result.unpaid.push(session.id)
      } else {
        await announcePaymentFailed(container, session.id)
        await payments.deletePaymentSession(session.id)
        result.closed.push(session.id)
      }
    } catch (error) {
      logger.warn(`Could not reconcile payment session ${session.id}: ${(error as Error).message}`)
      result.failed.push(session.id)
    }
  }
  return result
}
