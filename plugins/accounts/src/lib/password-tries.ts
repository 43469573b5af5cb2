import crypto from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientAddress } from "@doorstep/appointments/api/client-address"
import { DomainError, sendDomainError } from "@doorstep/appointments/api/domain-error"
import type { SqlDatabase } from "./sign-in-code-store"

/** How many wrong passwords an account, and an address, may try in the window before waiting. */
export const PASSWORD_RULES = {
  windowSeconds: 15 * 60,
  /** Per account (actor and email): guessing one person's password. */
  perAccount: 10,
  /** Per address: trying many accounts (an office network shares one). */
  perAddress: 50,
} as const

/**
 * Before a password sign-in (`POST /auth/{customer,user,beautician}/emailpass`):
 * an account or address with too many wrong passwords in the last 15 minutes
 * waits (429 `TOO_MANY_ATTEMPTS` with `Retry-After`). Each try is counted
 * before it is checked, under a lock of the account, so parallel guesses
 * cannot slip past the limit; once answered, a try that was not a wrong
 * password is taken back, and a right one forgets the account's wrong ones.
 */
export async function guardPasswordTries(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const actor = req.originalUrl.split("?")[0].split("/")[2] ?? ""
  const body = (req.body ?? {}) as { email?: unknown }
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : ""
  const ip = clientAddress(req)
  const db = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as SqlDatabase
  const id = `pwtr_${crypto.randomUUID().replace(/-/g, "")}`
  const pause = await db.transaction(async (trx) => {
    // Account first, then address: every try takes them in the same order.
    await trx.raw(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.password:${actor}:${email}`])
    await trx.raw(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.password-ip:${ip}`])
    const now = Date.now()
    const since = new Date(now - PASSWORD_RULES.windowSeconds * 1000)
    // The account's tries from before the window count no more.
    await trx.raw(`delete from "password_try" where "actor_type" = ? and "email" = ? and "created_at" <= ?`, [actor, email, since])
    const waits = await Promise.all([
      oldestBeyond(trx, `"actor_type" = ? and "email" = ?`, [actor, email], since, PASSWORD_RULES.perAccount),
      oldestBeyond(trx, `"ip" = ?`, [ip], since, PASSWORD_RULES.perAddress),
    ])
    const until = Math.max(...waits.map((oldest) => (oldest ? oldest.getTime() + PASSWORD_RULES.windowSeconds * 1000 : 0)))
    if (until > now) return Math.ceil((until - now) / 1000)
    await trx.raw(`insert into "password_try" ("id", "actor_type", "email", "ip") values (?, ?, ?, ?)`, [id, actor, email, ip])
    return 0
  })
  if (pause > 0) {
    res.setHeader("Retry-After", String(pause))
    return sendDomainError(res, new DomainError(429, "TOO_MANY_ATTEMPTS", "密码错误次数过多，请稍后再试 · Too many wrong passwords; try again later", undefined, { retry_after_seconds: pause }))
  }
  res.on("finish", () => {
    if (res.statusCode === 401) return
    const forget =
      res.statusCode < 300
        ? db.raw(`delete from "password_try" where "id" = ? or ("actor_type" = ? and "email" = ?)`, [id, actor, email])
        : db.raw(`delete from "password_try" where "id" = ?`, [id])
    forget.catch((error: unknown) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Could not take back a password try: ${error}`))
  })
  next()
}

/** When the oldest of the last `limit` tries matching `where` since `since` was made, if there are that many; else null. */
async function oldestBeyond(trx: Pick<SqlDatabase, "raw">, where: string, bindings: unknown[], since: Date, limit: number): Promise<Date | null> {
  const { rows } = await trx.raw<{ at: Date }>(
    `select "created_at" as "at" from "password_try" where ${where} and "created_at" > ? order by "created_at" desc limit ?`,
    [...bindings, since, limit],
  )
  return rows.length < limit ? null : new Date(rows[rows.length - 1].at)
}
