import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { SetupError } from "./errors"

/** Every secret the platform needs, by the variable that sets it. */
export const SECRET_NAMES = [
  "COMMERCE_JWT_SECRET",
  "COMMERCE_COOKIE_SECRET",
  "VAPID_PUBLIC_KEY",
  "VAPID_PRIVATE_KEY",
  "CMS_APP_KEYS",
  "CMS_API_TOKEN_SALT",
  "CMS_ADMIN_JWT_SECRET",
  "CMS_TRANSFER_TOKEN_SALT",
  "CMS_JWT_SECRET",
  "CMS_API_TOKEN",
  "CMS_WEBHOOK_SECRET",
  "CMS_ENCRYPTION_KEY",
] as const

export type SecretName = (typeof SECRET_NAMES)[number]
export type Secrets = Record<SecretName, string>

const random = () => crypto.randomBytes(24).toString("base64url")

/** A Web Push (VAPID) key pair: P-256, the public key as an uncompressed point, both base64url, as browsers and web-push want them. */
function vapidKeys() {
  const ecdh = crypto.createECDH("prime256v1")
  ecdh.generateKeys()
  return { VAPID_PUBLIC_KEY: ecdh.getPublicKey().toString("base64url"), VAPID_PRIVATE_KEY: ecdh.getPrivateKey().toString("base64url") }
}

/**
 * Secrets come from env. In production a missing one stops start-up; in
 * development the missing ones are generated once and kept in `.data/`, so
 * sessions and admin logins survive restarts.
 */
export function loadSecrets(env: NodeJS.ProcessEnv, dataDir: string): Secrets {
  const missing = SECRET_NAMES.filter((name) => !env[name])
  if (env.NODE_ENV === "production" && missing.length > 0) {
    throw new SetupError(`Missing required secret ${missing.join(", ")} (production mode never generates secrets).`)
  }
  const file = path.join(dataDir, "secrets.json")
  const stored: Partial<Secrets> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  let changed = false
  // The two VAPID keys are one pair: both are made together, or neither.
  if (!(env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) && !(stored.VAPID_PUBLIC_KEY && stored.VAPID_PRIVATE_KEY)) {
    Object.assign(stored, vapidKeys())
    changed = true
  }
  const secrets = {} as Secrets
  for (const name of SECRET_NAMES) {
    const fromEnv = env[name]
    if (fromEnv) {
      secrets[name] = fromEnv
      continue
    }
    if (!stored[name]) {
      stored[name] = name === "CMS_APP_KEYS" ? [random(), random()].join(",") : random()
      changed = true
    }
    secrets[name] = stored[name]!
  }
  if (changed) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 })
  }
  return secrets
}
