/**
 * Which SMS vendor texts our messages, from env. China's SMS vendors send
 * only pre-approved templates under an approved signature (签名), filled
 * with short variables, so every kind of message we text has a template of
 * its own, with the variables listed here, in this order (Tencent Cloud
 * numbers them {1}, {2}…; Aliyun names them ${code}, ${time}…).
 */
export const SMS_MESSAGES = {
  /** Our sign-in code: `code` (six digits), `minutes` it stays valid. */
  "sign-in-code": { env: "SMS_TEMPLATE_SIGN_IN_CODE", params: ["code", "minutes"] },
  "customer.booking_confirmed": { env: "SMS_TEMPLATE_BOOKING_CONFIRMED", params: ["time"] },
  "customer.beautician_en_route": { env: "SMS_TEMPLATE_EN_ROUTE", params: ["name", "time"] },
  "customer.reminder_2h": { env: "SMS_TEMPLATE_REMINDER_2H", params: ["time"] },
  "customer.rescheduled": { env: "SMS_TEMPLATE_RESCHEDULED", params: ["time"] },
  "customer.cancelled": { env: "SMS_TEMPLATE_CANCELLED", params: ["time", "fee", "refund"] },
  "customer.refunded": { env: "SMS_TEMPLATE_REFUNDED", params: ["refund"] },
  "beautician.beautician_assigned": { env: "SMS_TEMPLATE_NEW_JOB", params: ["time", "district", "phone_tail"] },
  "beautician.rescheduled": { env: "SMS_TEMPLATE_JOB_RESCHEDULED", params: ["time", "district"] },
  "beautician.cancelled": { env: "SMS_TEMPLATE_JOB_CANCELLED", params: ["time", "district"] },
  /** A certification about to lapse: the skill, and the day (`time`). */
  "beautician.certification_expiring": { env: "SMS_TEMPLATE_CERTIFICATION_EXPIRING", params: ["skill", "time"] },
} as const
export type SmsMessageKey = keyof typeof SMS_MESSAGES

/** A vendor's template for one message: its id, and the variables in the order it takes them. */
export interface SmsTemplate {
  id: string
  params: readonly string[]
}

interface SmsCommonOptions {
  signName: string
  /** By message key; `<key>.en` for an English template where the account has one (else English readers get the Chinese one). */
  templates: Record<string, SmsTemplate>
}

export interface AliyunSmsOptions extends SmsCommonOptions {
  accessKeyId: string
  accessKeySecret: string
  /** Default `cn-hangzhou`. */
  regionId?: string
  /** Another host (and port) than the region's; `protocol` `HTTP` only for a local simulator. */
  endpoint?: string
  protocol?: "HTTPS" | "HTTP"
}

export interface TencentSmsOptions extends SmsCommonOptions {
  secretId: string
  secretKey: string
  /** The SMS application's SdkAppId (a number, as text). */
  sdkAppId: string
  /** Default `ap-guangzhou`. */
  region?: string
  endpoint?: string
  protocol?: "https://" | "http://"
}

export type SmsConfig = { provider: "aliyun"; options: AliyunSmsOptions } | { provider: "tencent"; options: TencentSmsOptions } | { provider: "log" } | { provider: "none" }

const NOTIFICATION_KEYS = (Object.keys(SMS_MESSAGES) as SmsMessageKey[]).filter((key) => key !== "sign-in-code")

/** The templates named in env: the sign-in code's always; the notices' all or none. */
function templatesFromEnv(env: NodeJS.ProcessEnv, missing: string[]): Record<string, SmsTemplate> {
  const templates: Record<string, SmsTemplate> = {}
  const add = (key: SmsMessageKey) => {
    const { env: name, params } = SMS_MESSAGES[key]
    if (env[name]) templates[key] = { id: env[name]!, params }
    if (env[`${name}_EN`]) templates[`${key}.en`] = { id: env[`${name}_EN`]!, params }
  }
  add("sign-in-code")
  if (!templates["sign-in-code"]) missing.push(SMS_MESSAGES["sign-in-code"].env)
  NOTIFICATION_KEYS.forEach(add)
  const given = NOTIFICATION_KEYS.filter((key) => templates[key])
  if (given.length > 0) missing.push(...NOTIFICATION_KEYS.filter((key) => !templates[key]).map((key) => SMS_MESSAGES[key].env))
  return templates
}

/** `ALIYUN_SMS_ENDPOINT`: a host (HTTPS), or a URL; plain HTTP only to a loopback simulator outside production. */
function aliyunEndpoint(env: NodeJS.ProcessEnv): Pick<AliyunSmsOptions, "endpoint" | "protocol"> {
  const endpoint = env.ALIYUN_SMS_ENDPOINT
  if (!endpoint) return {}
  if (!/^https?:\/\//.test(endpoint)) return { endpoint }
  const url = new URL(endpoint)
  const local = env.DOORSTEP_LOCAL_GATEWAYS === "true" || env.NODE_ENV !== "production"
  if (url.protocol === "http:" && !(local && ["127.0.0.1", "localhost"].includes(url.hostname))) throw new Error(`ALIYUN_SMS_ENDPOINT: ${endpoint} must be https`)
  return { endpoint: url.host, protocol: url.protocol === "http:" ? "HTTP" : "HTTPS" }
}

/**
 * `SMS_PROVIDER`: `aliyun`, `tencent` or `log` (development's default:
 * messages to the log, never in production); unset in production means no SMS. A vendor chosen
 * with anything missing stops commerce, naming every missing variable.
 */
export function smsFromEnv(env: NodeJS.ProcessEnv): SmsConfig {
  const provider = env.SMS_PROVIDER || (env.NODE_ENV === "production" ? "none" : "log")
  if (provider === "log" && env.NODE_ENV === "production") throw new Error("SMS_PROVIDER=log writes sign-in codes to the log: not in production (choose aliyun or tencent, or leave it unset for no SMS)")
  if (provider === "log" || provider === "none") return { provider }
  const missing: string[] = []
  const need = (name: string) => {
    if (!env[name]) missing.push(name)
    return env[name] ?? ""
  }
  let config: SmsConfig
  if (provider === "aliyun") {
    const options: AliyunSmsOptions = {
      accessKeyId: need("ALIYUN_SMS_ACCESS_KEY_ID"),
      accessKeySecret: need("ALIYUN_SMS_ACCESS_KEY_SECRET"),
      signName: need("SMS_SIGN_NAME"),
      regionId: env.ALIYUN_SMS_REGION || "cn-hangzhou",
      ...aliyunEndpoint(env),
      templates: templatesFromEnv(env, missing),
    }
    config = { provider, options }
  } else if (provider === "tencent") {
    const options: TencentSmsOptions = {
      secretId: need("TENCENT_SMS_SECRET_ID"),
      secretKey: need("TENCENT_SMS_SECRET_KEY"),
      sdkAppId: need("TENCENT_SMS_APP_ID"),
      signName: need("SMS_SIGN_NAME"),
      region: env.TENCENT_SMS_REGION || "ap-guangzhou",
      endpoint: env.TENCENT_SMS_ENDPOINT || undefined,
      templates: templatesFromEnv(env, missing),
    }
    config = { provider, options }
  } else {
    throw new Error(`SMS_PROVIDER must be aliyun, tencent or log (not "${provider}")`)
  }
  if (missing.length > 0) throw new Error(`SMS_PROVIDER=${provider} needs ${missing.join(", ")}`)
  return config
}

/** Whether the configured vendor has templates for notices (not only for sign-in codes): only then do notices go by SMS. */
export const smsCarriesNotices = (config: SmsConfig) =>
  config.provider === "log" || ((config.provider === "aliyun" || config.provider === "tencent") && NOTIFICATION_KEYS.every((key) => config.options.templates[key]))

/** The template for a message, in the reader's language where the account has one. */
export function templateFor(templates: Record<string, SmsTemplate>, key: string, locale: unknown): SmsTemplate | undefined {
  return (locale === "en" ? templates[`${key}.en`] : undefined) ?? templates[key]
}

/**
 * The message key and the variables of what the notification module hands
 * a provider: our sign-in code (template `sign-in-code`), or a notice
 * (template `doorstep.<kind>`, `data.audience`, `data.params`).
 */
export function smsMessageOf(notification: { template: string; data?: Record<string, unknown> | null }): { key: string; params: Record<string, string>; locale: unknown } {
  const data = notification.data ?? {}
  const key = notification.template.startsWith("doorstep.") ? `${data.audience ?? "customer"}.${notification.template.slice("doorstep.".length)}` : notification.template
  const params = Object.fromEntries(Object.entries((data.params ?? {}) as Record<string, unknown>).map(([name, value]) => [name, value == null ? "" : String(value)]))
  return { key, params, locale: data.locale }
}
