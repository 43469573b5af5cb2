/** SMTP for email notices, from env. */
export interface SmtpOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`; or the parts below. */
  url?: string
  host?: string
  port?: number
  secure?: boolean
  user?: string
  pass?: string
  /** The sender, `Doorstep <noreply@example.com>`. */
  from: string
  /** Our storefront's address, so a message can link to the appointment (`/appointments/:id`). */
  linkBase?: string
  /** Only for a local test server that offers no TLS. */
  ignoreTLS?: boolean
}

/**
 * `SMTP_URL`, or `SMTP_HOST` (with `SMTP_PORT`, default 587, `SMTP_SECURE`,
 * `SMTP_USER`, `SMTP_PASS`), and `EMAIL_FROM`; none of them: undefined (email
 * stays with development's log, or off in production). Half a configuration
 * stops commerce, naming what is missing.
 */
export function smtpFromEnv(env: NodeJS.ProcessEnv): SmtpOptions | undefined {
  const { SMTP_URL: url, SMTP_HOST: host, EMAIL_FROM: from } = env
  if (!url && !host && !from) return undefined
  const missing = [...(url || host ? [] : ["SMTP_URL (or SMTP_HOST)"]), ...(from ? [] : ["EMAIL_FROM"])]
  if (env.SMTP_USER && !env.SMTP_PASS && !url) missing.push("SMTP_PASS")
  if (missing.length > 0) throw new Error(`Email by SMTP needs ${missing.join(", ")}`)
  const port = env.SMTP_PORT ? Number(env.SMTP_PORT) : undefined
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`SMTP_PORT must be a port number (not "${env.SMTP_PORT}")`)
  const linkBase = env.EMAIL_LINK_BASE || undefined
  if (url) return { url, from: from!, linkBase }
  return { host, port: port ?? 587, secure: env.SMTP_SECURE === "true" || port === 465, user: env.SMTP_USER || undefined, pass: env.SMTP_PASS || undefined, from: from!, linkBase }
}
