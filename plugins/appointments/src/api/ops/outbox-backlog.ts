import type { Sql } from "./readiness"

/**
 * The notification outbox's backlog, counted when Prometheus scrapes: notices
 * still pending and given up, and how long the oldest pending one has waited.
 * Read by SQL rather than through the notifications module, which depends on
 * this plugin and so cannot be imported from it; the table is only read.
 */
export async function outboxBacklog(pg: Sql, now: Date): Promise<{ pending: number; failed: number; oldestPendingSeconds: number }> {
  const answer = (await pg.raw(
    `select count(*) filter (where status = 'pending') as pending,
            count(*) filter (where status = 'failed') as failed,
            min(created_at) filter (where status = 'pending') as oldest
       from notification_delivery where deleted_at is null`,
  )) as { rows: Array<{ pending: string; failed: string; oldest: Date | null }> }
  const row = answer.rows[0]
  return {
    pending: Number(row.pending),
    failed: Number(row.failed),
    oldestPendingSeconds: row.oldest ? Math.max(0, (now.getTime() - new Date(row.oldest).getTime()) / 1000) : 0,
  }
}
