import { ContainerRegistrationKeys, generateEntityId, MedusaService } from "@medusajs/framework/utils"
import type { Channel } from "../../lib/channels"
import type { Locale } from "../../lib/local-time"
import type { GivenNotice } from "../../lib/plan"
import type { NotificationKind, TemplateParams } from "../../lib/templates"
import { NotificationDelivery } from "./models/notification-delivery"
import { NotificationPreference } from "./models/notification-preference"

type Rows = { rows: Array<Record<string, any>> }
/** A knex connection or transaction, as far as we use it. */
export interface Sql {
  raw(sql: string, bindings?: unknown[]): Promise<Rows>
}
interface Database extends Sql {
  transaction<T>(work: (trx: Sql) => Promise<T>): Promise<T>
}

/** The advisory lock that lets one instance at a time plan and send notices. */
export const OUTBOX_LOCK = "doorstep.notifications"

export type RecipientType = "customer" | "beautician"

export interface NewDelivery {
  dedupe_key: string
  appointment_id: string
  kind: NotificationKind
  ref: string
  recipient_type: RecipientType
  recipient_id: string
  channel: string
  to: string | null
  locale: Locale
  title: string
  body: string
  /** What `title` and `body` were written from, with the appointment's zone: SMS and WeChat templates are filled from these. */
  params?: (TemplateParams & { zone?: string }) | null
  url: string | null
  subject_starts_at: Date
}

export interface DeliveryRow extends NewDelivery {
  id: string
  status: "pending" | "sent" | "failed"
  attempts: number
  created_at: Date
  read_at: Date | null
}

export interface Preferences {
  locale: Locale | null
  muted_kinds: NotificationKind[]
}

const INBOX_FIELDS = `"id", "appointment_id", "kind", "title", "body", "url", "read_at", "created_at"`

/** The plugin's options (medusa-config). */
export interface NotificationsOptions {
  /** The channels besides in-app that Medusa's notification module has a provider for; notices go out only on these. All three unless given. */
  channels?: Array<Exclude<Channel, "in_app">>
  /**
   * WeChat messages may go to the openid a customer signed in with: true only
   * when sign-in with WeChat and subscription messages are the same official
   * account (an openid belongs to one app).
   */
  wechatOpenidFromSignIn?: boolean
}

/** Owns the outbox and the preferences; the scheduler plans into it and sends from it, one instance at a time. */
export default class NotificationOutboxModuleService extends MedusaService({ NotificationDelivery, NotificationPreference }) {
  private readonly db: Database
  /** Where notices can go: in-app always, and the channels configured. */
  readonly channels: ReadonlySet<Channel>
  readonly wechatOpenidFromSignIn: boolean

  constructor(container: Record<string, unknown>, options?: NotificationsOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.db = container[ContainerRegistrationKeys.PG_CONNECTION] as Database
    this.channels = new Set<Channel>(["in_app", ...(options?.channels ?? (["sms", "email", "wechat"] as const))])
    this.wechatOpenidFromSignIn = options?.wechatOpenidFromSignIn === true
  }

  /** Runs `work` in a transaction holding the outbox's advisory lock, or resolves to `null` when another instance holds it. */
  async withOutboxLock<T>(work: (trx: Sql) => Promise<T>): Promise<T | null> {
    return await this.db.transaction(async (trx) => {
      const { rows } = await trx.raw(`select pg_try_advisory_xact_lock(hashtext(?)) as "locked"`, [OUTBOX_LOCK])
      return rows[0].locked ? await work(trx) : null
    })
  }

  /** Where the named reader stopped — the last change's exact `updated_at` (as text, to the microsecond) and id, and that instant as a date — or `null` the first time. */
  async cursor(sql: Sql, name: string): Promise<{ at: string; id: string; date: Date } | null> {
    const { rows } = await sql.raw(`select "position"::text as "at", "last_id" as "id", "position" as "date" from "notification_cursor" where "name" = ?`, [name])
    return rows[0] ? { at: rows[0].at, id: rows[0].id, date: new Date(rows[0].date) } : null
  }

  /** Moves the named reader on to `position`; never back (of two workers, the one further on wins). */
  async moveCursor(sql: Sql, name: string, position: { at: string; id: string }) {
    await sql.raw(
      `insert into "notification_cursor" ("name", "position", "last_id") values (?, ?::timestamptz, ?)
       on conflict ("name") do update set "position" = excluded."position", "last_id" = excluded."last_id"
        where ("notification_cursor"."position", "notification_cursor"."last_id") < (excluded."position", excluded."last_id")`,
      [name, position.at, position.id],
    )
  }

  /** The notices given about these appointments (their in-app copies). */
  async givenNotices(appointmentIds: string[], sql: Sql = this.db): Promise<Map<string, GivenNotice[]>> {
    const given = new Map<string, GivenNotice[]>()
    if (appointmentIds.length === 0) return given
    const { rows } = await sql.raw(
      `select "appointment_id", "kind", "ref", "recipient_type" as "audience", "recipient_id", "subject_starts_at", "created_at"
         from "notification_delivery" where "appointment_id" = any(?) and "channel" = 'in_app' and "deleted_at" is null`,
      [appointmentIds],
    )
    for (const row of rows) {
      const list = given.get(row.appointment_id) ?? []
      list.push({ ...row, subject_starts_at: new Date(row.subject_starts_at), created_at: new Date(row.created_at) } as GivenNotice)
      given.set(row.appointment_id, list)
    }
    return given
  }

  /** Adds deliveries that do not exist yet (by key); in-app ones are delivered by being stored. Resolves to the number added. */
  async addDeliveries(sql: Sql, deliveries: NewDelivery[], now: Date): Promise<number> {
    let added = 0
    for (let from = 0; from < deliveries.length; from += 500) {
      const chunk = deliveries.slice(from, from + 500)
      const { rows } = await sql.raw(
        `insert into "notification_delivery" ("id", "dedupe_key", "appointment_id", "kind", "ref", "recipient_type", "recipient_id", "channel", "to", "locale",
           "title", "body", "params", "url", "subject_starts_at", "status", "sent_at", "next_attempt_at", "created_at", "updated_at")
         values ${chunk.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}
         on conflict ("dedupe_key") do nothing returning "id"`,
        chunk.flatMap((d) => {
          const inApp = d.channel === "in_app"
          return [
            generateEntityId(undefined, "ntfd"), d.dedupe_key, d.appointment_id, d.kind, d.ref, d.recipient_type, d.recipient_id, d.channel, d.to, d.locale,
            d.title, d.body, d.params ? JSON.stringify(d.params) : null, d.url, d.subject_starts_at, inApp ? "sent" : "pending", inApp ? now : null, now, now, now,
          ]
        }),
      )
      added += rows.length
    }
    return added
  }

  /** Pending deliveries due by `now`, oldest first, locked for this transaction (others skip them). */
  async claimDue(sql: Sql, now: Date, batch: number): Promise<DeliveryRow[]> {
    const { rows } = await sql.raw(
      `select * from "notification_delivery" where "status" = 'pending' and "next_attempt_at" <= ? and "deleted_at" is null
        order by "next_attempt_at" limit ? for update skip locked`,
      [now, batch],
    )
    return rows as DeliveryRow[]
  }

  async markSent(sql: Sql, id: string, now: Date) {
    await sql.raw(`update "notification_delivery" set "status" = 'sent', "sent_at" = ?, "attempts" = "attempts" + 1, "last_error" = null, "updated_at" = ? where "id" = ?`, [now, now, id])
  }

  /** A failed try: tried again at `retryAt`, or given up for good when `retryAt` is null. */
  async markFailed(sql: Sql, id: string, error: string, retryAt: Date | null, now: Date) {
    await sql.raw(
      `update "notification_delivery" set "status" = ?, "attempts" = "attempts" + 1, "last_error" = ?, "next_attempt_at" = coalesce(?, "next_attempt_at"), "updated_at" = ? where "id" = ?`,
      [retryAt ? "pending" : "failed", error.slice(0, 1000), retryAt, now, id],
    )
  }

  /**
   * The openid each of these customers signed in with WeChat as (their
   * `wechat` identity; Medusa keeps the customer's id in the identity's
   * `app_metadata`, which no link reaches, hence the read of its tables).
   */
  async signInOpenids(sql: Sql, customerIds: string[]): Promise<Map<string, string>> {
    if (!this.wechatOpenidFromSignIn || customerIds.length === 0) return new Map()
    const { rows } = await sql.raw(
      `select ai."app_metadata"->>'customer_id' as "customer_id", pi."user_metadata"->>'openid' as "openid"
         from "provider_identity" pi join "auth_identity" ai on ai."id" = pi."auth_identity_id"
        where pi."provider" = 'wechat' and pi."deleted_at" is null and ai."deleted_at" is null
          and ai."app_metadata"->>'customer_id' = any(?) and pi."user_metadata"->>'openid' is not null`,
      [customerIds],
    )
    return new Map(rows.map((row) => [row.customer_id as string, row.openid as string]))
  }

  /** A person's in-app notices, newest first, and how many are unread. */
  async inbox(type: RecipientType, recipientId: string, limit: number) {
    const [{ rows }, { rows: counts }] = await Promise.all([
      this.db.raw(
        `select ${INBOX_FIELDS} from "notification_delivery"
          where "recipient_type" = ? and "recipient_id" = ? and "channel" = 'in_app' and "deleted_at" is null order by "created_at" desc, "id" desc limit ?`,
        [type, recipientId, limit],
      ),
      this.db.raw(
        `select count(*)::int as "unread" from "notification_delivery"
          where "recipient_type" = ? and "recipient_id" = ? and "channel" = 'in_app' and "read_at" is null and "deleted_at" is null`,
        [type, recipientId],
      ),
    ])
    return { notifications: rows, unread_count: counts[0].unread as number }
  }

  /** Marks one of the person's own in-app notices read (the first time counts); `null` if it is not theirs. */
  async markRead(type: RecipientType, recipientId: string, id: string, now: Date) {
    const { rows } = await this.db.raw(
      `update "notification_delivery" set "read_at" = coalesce("read_at", ?), "updated_at" = ?
        where "id" = ? and "recipient_type" = ? and "recipient_id" = ? and "channel" = 'in_app' and "deleted_at" is null returning ${INBOX_FIELDS}`,
      [now, now, id, type, recipientId],
    )
    return rows[0] ?? null
  }

  async preferencesOf(type: RecipientType, recipientIds: string[]): Promise<Map<string, Preferences>> {
    if (recipientIds.length === 0) return new Map()
    const { rows } = await this.db.raw(
      `select "recipient_id", "locale", "muted_kinds" from "notification_preference" where "recipient_type" = ? and "recipient_id" = any(?) and "deleted_at" is null`,
      [type, recipientIds],
    )
    return new Map(rows.map((row) => [row.recipient_id as string, { locale: row.locale, muted_kinds: row.muted_kinds ?? [] }]))
  }

  /** Sets what is given, keeps the rest. */
  async savePreferences(type: RecipientType, recipientId: string, change: Partial<Preferences>): Promise<Preferences> {
    const { rows } = await this.db.raw(
      `insert into "notification_preference" ("id", "recipient_type", "recipient_id", "locale", "muted_kinds") values (?, ?, ?, ?, coalesce(?::text[], '{}'))
       on conflict ("recipient_type", "recipient_id") where "deleted_at" is null
       do update set "locale" = case when ? then excluded."locale" else "notification_preference"."locale" end,
                     "muted_kinds" = coalesce(?::text[], "notification_preference"."muted_kinds"), "updated_at" = now()
       returning "locale", "muted_kinds"`,
      [generateEntityId(undefined, "ntfp"), type, recipientId, change.locale ?? null, change.muted_kinds ?? null, change.locale !== undefined, change.muted_kinds ?? null],
    )
    return { locale: rows[0].locale, muted_kinds: rows[0].muted_kinds ?? [] }
  }
}
