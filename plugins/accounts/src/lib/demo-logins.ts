import scrypt from "scrypt-kdf"
import type { Sql } from "./sign-in-code-store"

/** A login the demo data signs someone up with. */
export interface DemoLogin {
  email: string
  password: string
}

/**
 * The demo logins that still open with their demo password. Only the demo's own
 * emails are tried: each check is a deliberately slow scrypt hash, so trying
 * every account would make start-up grow with the number of users.
 */
export async function demoLoginsInUse(db: Sql, logins: DemoLogin[]): Promise<string[]> {
  const { rows: [table] } = await db.raw<{ found: string | null }>(`select to_regclass('provider_identity')::text as "found"`)
  if (!table?.found || logins.length === 0) return []
  const passwordOf = new Map(logins.map((login) => [login.email, login.password]))
  const { rows } = await db.raw<{ email: string; hash: string | null }>(
    `select distinct on ("entity_id") "entity_id" as "email", "provider_metadata"->>'password' as "hash"
       from "provider_identity" where "provider" = 'emailpass' and "entity_id" = any(?) and "deleted_at" is null`,
    [[...passwordOf.keys()]],
  )
  const opened = await Promise.all(
    rows.map(async ({ email, hash }) => (hash && (await scrypt.verify(Buffer.from(hash, "base64"), passwordOf.get(email)!)) ? email : null)),
  )
  return opened.filter((email): email is string => email !== null).sort()
}

/** The line production start-up stops with, naming whom to fix. */
export function demoLoginsRefusal(emails: string[]): string {
  const shown = emails.length > 5 ? `${emails.slice(0, 5).join(", ")} and ${emails.length - 5} more` : emails.join(", ")
  return `Refusing to start in production: ${emails.length} account(s) still sign in with the demo password (${shown}). Change their passwords or delete them, then start again.`
}
