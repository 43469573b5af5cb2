import { smsCarriesNotices, smsFromEnv } from "@doorstep/accounts/lib/sms-config"
import { wechatLoginFromEnv } from "@doorstep/accounts/lib/wechat-oauth"
import { checkTrustedProxies } from "@doorstep/appointments/api/client-address"
import { chinaPaymentsFromEnv, paymentProviders } from "@doorstep/china-payments/config"
import { smtpFromEnv } from "@doorstep/notifications/lib/email-config"
import { wechatMessagesFromEnv } from "@doorstep/notifications/lib/wechat-message-config"
import crypto from "node:crypto"
import fs from "node:fs"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { demoLogins, loadDemoData, seedDirectory } from "./src/seed/demo-data"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const isProduction = process.env.NODE_ENV === "production"

/** Which proxies' X-Forwarded-For gives the client's address (per-address limits, payers' IPs); none unless set. */
checkTrustedProxies(process.env)

/** Secrets come from env; only development may fall back to a fixed local value. */
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]
  if (value) return value
  if (isProduction) throw new Error(`Missing required secret ${name} (commerce refuses to start in production without it).`)
  return `doorstep-development-${name.toLowerCase()}`
}

/** Web Push signs with these; without both keys no push is sent (the live stream and the offer list still work). */
function vapidKeys() {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = process.env
  if (!publicKey || !privateKey) return undefined
  return { publicKey, privateKey, subject: process.env.VAPID_SUBJECT ?? "mailto:support@doorstep.local" }
}

/** Keys of their own, derived from the token secret: SMS sign-in codes and ID numbers are kept only as HMACs under them. */
const derivedKey = (purpose: string) => crypto.createHmac("sha256", secret("JWT_SECRET")).update(`doorstep.${purpose}`).digest("hex")
const codeSecret = derivedKey("sign-in-codes")

/** The demo data's logins, when this checkout has the demo data (a deployment without it cannot have seeded them). */
function demoLoginsToRefuse() {
  return fs.existsSync(seedDirectory()) ? demoLogins(loadDemoData()) : []
}

const redisUrl = process.env.REDIS_URL
/**
 * `MEDUSA_WORKER_MODE`: `shared` (one process does everything, the default), or, past one process, `server`
 * (HTTP only) and `worker` (scheduled jobs and subscribers, no routes). Several processes need REDIS_URL.
 */
const workerMode = (["shared", "server", "worker"] as const).find((mode) => mode === process.env.MEDUSA_WORKER_MODE) ?? "shared"
/**
 * SMS (Aliyun or Tencent Cloud by `SMS_PROVIDER`), email (SMTP) and WeChat subscription messages, each when configured;
 * development writes what is not configured to the log. Without SMS, phone codes answer 503 SMS_UNAVAILABLE; notices go
 * out in-app and on the channels listed here (SMS only when the vendor has a template for every notice, not only for codes).
 */
const sms = smsFromEnv(process.env)
const smtp = smtpFromEnv(process.env)
const wechatMessages = wechatMessagesFromEnv(process.env)
const notificationProviders = [
  { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: smtp || isProduction ? ["feed"] : ["feed", "email"] } },
  ...(sms.provider === "aliyun" || sms.provider === "tencent"
    ? [{ resolve: `@doorstep/accounts/providers/sms-${sms.provider}`, id: `sms-${sms.provider}`, options: { channels: ["sms"], ...sms.options } }]
    : sms.provider === "log"
      ? [{ resolve: "@doorstep/accounts/providers/sms-log", id: "sms-log", options: { channels: ["sms"] } }]
      : []),
  ...(smtp ? [{ resolve: "@doorstep/notifications/providers/email-smtp", id: "email-smtp", options: { channels: ["email"], ...smtp } }] : []),
  ...(wechatMessages
    ? [{ resolve: "@doorstep/notifications/providers/wechat-subscribe", id: "wechat-subscribe", options: { channels: ["wechat"], ...wechatMessages } }]
    : isProduction
      ? []
      : [{ resolve: "@doorstep/notifications/providers/wechat-log", id: "wechat-log", options: { channels: ["wechat"] } }]),
]
const notificationChannels = notificationProviders
  .flatMap((provider) => provider.options.channels)
  .filter((channel) => ["email", "wechat"].includes(channel) || (channel === "sms" && smsCarriesNotices(sms)))

/** Sign-in with WeChat, when its app is configured (`WECHAT_LOGIN_*`; the local simulator in development). */
const wechatLogin = wechatLoginFromEnv(process.env)

/** WeChat Pay and Alipay, each offered when its credentials are set (the local simulators in development). */
const payments = chinaPaymentsFromEnv(process.env)

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS ?? "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS ?? "http://localhost:7001",
      authCors: process.env.AUTH_CORS ?? "http://localhost:8000,http://localhost:7001",
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  // react-admin (admin/) is the back office; Medusa's own dashboard stays off.
  admin: { disable: true },
  // Our plugins are workspace packages, built with `medusa plugin:build`.
  plugins: [
    // Calendar feeds' URL tokens are HMACs under a key of their own; their URLs start with COMMERCE_PUBLIC_URL when set.
    // DOORSTEP_LIVE_HOLDS_PER_CUSTOMER: unpaid holds a customer may have at once (5).
    {
      resolve: "@doorstep/appointments",
      options: {
        calendarFeedSecret: derivedKey("calendar-feeds"),
        publicUrl: process.env.COMMERCE_PUBLIC_URL,
        ...(process.env.DOORSTEP_LIVE_HOLDS_PER_CUSTOMER ? { liveHoldsPerCustomer: Number(process.env.DOORSTEP_LIVE_HOLDS_PER_CUSTOMER) } : {}),
        // A worker serves no routes: METRICS_PORT gives it a /metrics of its own (its job runs).
        ...(workerMode === "worker" && process.env.METRICS_PORT ? { workerMetricsPort: Number(process.env.METRICS_PORT) } : {}),
      },
    },
    { resolve: "@doorstep/dispatch", options: { vapid: vapidKeys(), allowLoopbackPush: !isProduction } },
    // The notification routes verify with the same options the providers get.
    { resolve: "@doorstep/china-payments", options: { ...payments } },
    // Production refuses to start while a demo login still opens with its demo password.
    { resolve: "@doorstep/accounts", options: { codeSecret, demoLogins: isProduction ? demoLoginsToRefuse() : undefined } },
    { resolve: "@doorstep/studios", options: { idSecret: derivedKey("id-numbers") } },
    { resolve: "@doorstep/money", options: { payoutProvider: process.env.DOORSTEP_PAYOUT_PROVIDER } },
    { resolve: "@doorstep/trust", options: {} },
    // WeChat messages may go to the openid of a WeChat sign-in only when both are the same official account (an openid belongs to one app).
    {
      resolve: "@doorstep/notifications",
      options: { channels: notificationChannels, wechatOpenidFromSignIn: wechatMessages?.kind === "official" && wechatLogin?.appId === wechatMessages.appId },
    },
    // Exams graded in commerce with the cms's key (CMS_URL, CMS_API_TOKEN); reminders TRAINING_REMINDER_DAYS before a certification lapses.
    { resolve: "@doorstep/training", options: { cmsUrl: process.env.CMS_URL, cmsToken: process.env.CMS_API_TOKEN, reminderDays: Number(process.env.TRAINING_REMINDER_DAYS ?? 14) } },
    // Favourite beauticians, viewing history kept with consent, and suggestions that say why (C5).
    { resolve: "@doorstep/recommendations", options: {} },
    // Without CMS_URL commerce runs on its own: no profiles are synced, webhooks answer 503.
    { resolve: "@doorstep/content", options: { cmsUrl: process.env.CMS_URL, cmsApiToken: process.env.CMS_API_TOKEN, webhookSecret: process.env.CMS_WEBHOOK_SECRET, cmsPublicUrl: process.env.CMS_PUBLIC_URL } },
  ],
  modules: [
    { resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders(payments) } },
    {
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          { resolve: "@doorstep/accounts/providers/phone-otp", id: "phone-otp", options: { codeSecret } },
          ...(wechatLogin ? [{ resolve: "@doorstep/accounts/providers/wechat", id: "wechat", options: wechatLogin }] : []),
        ],
      },
    },
    { resolve: "@medusajs/medusa/notification", options: { providers: notificationProviders } },
    ...(redisUrl
      ? [
          { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
          { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
          { resolve: "@medusajs/medusa/locking", options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }] } },
        ]
      : [
          // Without Redis, locks are rows in PostgreSQL, so every commerce instance (server, worker) sees them;
          // a lease left by a killed process lapses at its expiration, as a Redis key would (locking-lease).
          { resolve: "@medusajs/medusa/locking", options: { providers: [{ resolve: "@doorstep/appointments/providers/locking-lease", id: "locking-lease", is_default: true }] } },
        ]),
  ],
})
