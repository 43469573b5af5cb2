import crypto from "node:crypto"
import { hashSignInCode, newSignInCode, refuseCode, SIGN_IN_CODE_RULES, type CodeRefusal, type SignInActor } from "./sign-in-codes"

/** The bit of knex (Medusa's `__pg_connection__`) the code store needs. */
export interface Sql {
  raw<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<{ rows: T[] }>
}
export interface SqlDatabase extends Sql {
  transaction<T>(work: (trx: Sql) => Promise<T>): Promise<T>
}

const lockPhone = (trx: Sql, phone: string) => trx.raw(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.sign-in:${phone}`])
const newId = () => `sicd_${crypto.randomUUID().replace(/-/g, "")}`

/**
 * A new code for the phone to sign in as `actor`, unless one was sent too
 * lately (to this phone, for anyone, or from this address): counted under a
 * per-phone lock, so parallel requests cannot slip past the limits. Only the
 * newest code of a phone and actor counts.
 */
export async function issueSignInCode(
  db: SqlDatabase,
  input: { phone: string; actor: SignInActor; ip: string | null; now: Date; secret: string },
): Promise<{ code: string; expiresAt: Date } | CodeRefusal> {
  return await db.transaction(async (trx) => {
    await lockPhone(trx, input.phone)
    const since = new Date(input.now.getTime() - 3600_000)
    const { rows } = await trx.raw<{ at: Date; mine: boolean }>(
      `select "created_at" as "at", "phone" = ? as "mine" from "sign_in_code" where ("phone" = ? or "ip" = ?) and "created_at" > ? and "deleted_at" is null`,
      [input.phone, input.phone, input.ip, since],
    )
    const refusal = refuseCode(
      input.now.getTime(),
      rows.filter((r) => r.mine).map((r) => new Date(r.at).getTime()),
      input.ip ? rows.map((r) => new Date(r.at).getTime()) : [],
    )
    if (refusal) return refusal
    const code = newSignInCode()
    const expiresAt = new Date(input.now.getTime() + SIGN_IN_CODE_RULES.ttlSeconds * 1000)
    await trx.raw(`insert into "sign_in_code" ("id", "phone", "actor_type", "code_hash", "ip", "expires_at", "created_at", "updated_at") values (?, ?, ?, ?, ?, ?, ?, ?)`, [
      newId(),
      input.phone,
      input.actor,
      hashSignInCode(input.secret, input.phone, code),
      input.ip,
      expiresAt,
      input.now,
      input.now,
    ])
    return { code, expiresAt }
  })
}

/**
 * Whether `code` is the newest code of the phone for `actor`, unexpired,
 * unused and tried fewer than five times; if so it is used up. A wrong code
 * counts as a try. Under the per-phone lock, so of two requests with the
 * right code only one wins.
 */
export async function consumeSignInCode(db: SqlDatabase, input: { phone: string; actor: SignInActor; code: string; now: Date; secret: string }): Promise<boolean> {
  return await db.transaction(async (trx) => {
    await lockPhone(trx, input.phone)
    const { rows } = await trx.raw<{ id: string; code_hash: string; expires_at: Date; attempts: number; consumed_at: Date | null }>(
      `select "id", "code_hash", "expires_at", "attempts", "consumed_at" from "sign_in_code" where "phone" = ? and "actor_type" = ? and "deleted_at" is null order by "created_at" desc limit 1`,
      [input.phone, input.actor],
    )
    const latest = rows[0]
    if (!latest || latest.consumed_at || new Date(latest.expires_at) <= input.now || latest.attempts >= SIGN_IN_CODE_RULES.maxAttempts) return false
    const given = Buffer.from(hashSignInCode(input.secret, input.phone, input.code))
    const right = given.length === latest.code_hash.length && crypto.timingSafeEqual(given, Buffer.from(latest.code_hash))
    if (right) await trx.raw(`update "sign_in_code" set "consumed_at" = ?, "updated_at" = ? where "id" = ?`, [input.now, input.now, latest.id])
    else await trx.raw(`update "sign_in_code" set "attempts" = "attempts" + 1, "updated_at" = ? where "id" = ?`, [input.now, latest.id])
    return right
  })
}

/** A wrong or stale code was tried from `ip`. */
export async function recordSignInFailure(db: Sql, input: { ip: string; phone: string | null; now: Date }) {
  await db.raw(`insert into "sign_in_failure" ("id", "ip", "phone", "created_at", "updated_at") values (?, ?, ?, ?, ?)`, [
    `sifl_${crypto.randomUUID().replace(/-/g, "")}`,
    input.ip,
    input.phone,
    input.now,
    input.now,
  ])
}

/** Seconds `ip` must wait before trying codes again, or 0: after too many wrong codes within the hour. */
export async function failurePause(db: Sql, input: { ip: string; now: Date }): Promise<number> {
  const { rows } = await db.raw<{ at: Date }>(
    `select "created_at" as "at" from "sign_in_failure" where "ip" = ? and "created_at" > ? and "deleted_at" is null order by "created_at" desc limit ?`,
    [input.ip, new Date(input.now.getTime() - 3600_000), SIGN_IN_CODE_RULES.failuresPerIpPerHour],
  )
  if (rows.length < SIGN_IN_CODE_RULES.failuresPerIpPerHour) return 0
  return Math.ceil((new Date(rows[rows.length - 1].at).getTime() + 3600_000 - input.now.getTime()) / 1000)
}
