import { kindsOn } from "./channels"

/**
 * WeChat subscription messages (订阅消息) from env. Each kind of notice goes
 * out under a template the account picked from WeChat's library; a
 * template's fields (`thing1`, `time2`…) are filled from what the notice
 * knows, named here: `title`, `body`, `when` (as the reader says it,
 * "明天 13:00"), `time` (the start, "2026年12月2日 13:00"), `name` (the
 * beautician), `district`, `refund`, `fee`.
 */
export const WECHAT_FIELD_SOURCES = ["title", "body", "when", "time", "name", "district", "refund", "fee"] as const
export type WechatFieldSource = (typeof WECHAT_FIELD_SOURCES)[number]

export interface WechatTemplate {
  id: string
  /** The template's field keys, each with what fills it. */
  data: Record<string, WechatFieldSource>
}

export interface WechatMessageOptions {
  appId: string
  appSecret: string
  /** `miniprogram`: 小程序 `subscribeMessage.send`; `official`: 公众号 `subscribe/bizsend`. */
  kind: "miniprogram" | "official"
  /** By notice kind (`booking_confirmed`…). */
  templates: Record<string, WechatTemplate>
  /** Where a message leads: the mini program page (the notice's path is appended, encoded) or the web address the path is appended to. */
  pageBase?: string
  /** Mini programs only: `formal` (default), `trial` or `developer`. */
  state?: "formal" | "trial" | "developer"
  apiBase: string
}

export const WECHAT_API_BASE = "https://api.weixin.qq.com"

/** The notice kinds a customer may receive by WeChat: each needs a template. */
export const WECHAT_KINDS = kindsOn("customer", "wechat")

/**
 * `WECHAT_MESSAGE_APP_ID`, `WECHAT_MESSAGE_APP_SECRET` and
 * `WECHAT_MESSAGE_TEMPLATES` (JSON: `{ "<kind>": { "id", "data": { "<field>": "<source>" } } }`,
 * a template for every kind), or none of them: undefined. Half a
 * configuration stops commerce, naming what is missing.
 */
export function wechatMessagesFromEnv(env: NodeJS.ProcessEnv): WechatMessageOptions | undefined {
  const { WECHAT_MESSAGE_APP_ID: appId, WECHAT_MESSAGE_APP_SECRET: appSecret, WECHAT_MESSAGE_TEMPLATES: templatesJson } = env
  if (!appId && !appSecret && !templatesJson) return undefined
  const missing = [["WECHAT_MESSAGE_APP_ID", appId], ["WECHAT_MESSAGE_APP_SECRET", appSecret], ["WECHAT_MESSAGE_TEMPLATES", templatesJson]].filter(([, value]) => !value).map(([name]) => name)
  if (missing.length > 0) throw new Error(`WeChat subscription messages need ${missing.join(", ")}`)
  let templates: Record<string, WechatTemplate>
  try {
    templates = JSON.parse(templatesJson!)
  } catch {
    throw new Error("WECHAT_MESSAGE_TEMPLATES must be JSON: { \"<kind>\": { \"id\": \"<template id>\", \"data\": { \"thing1\": \"title\" } } }")
  }
  const missingKinds = WECHAT_KINDS.filter((kind) => !templates[kind]?.id || !templates[kind]?.data)
  if (missingKinds.length > 0) throw new Error(`WECHAT_MESSAGE_TEMPLATES needs a template (id and data) for ${missingKinds.join(", ")}`)
  for (const [kind, template] of Object.entries(templates)) {
    const unknown = Object.values(template.data).filter((source) => !WECHAT_FIELD_SOURCES.includes(source))
    if (unknown.length > 0) throw new Error(`WECHAT_MESSAGE_TEMPLATES: ${kind} fills fields from ${unknown.join(", ")}; known: ${WECHAT_FIELD_SOURCES.join(", ")}`)
  }
  const kind = env.WECHAT_MESSAGE_KIND === "official" ? "official" : "miniprogram"
  const state = env.WECHAT_MESSAGE_STATE as WechatMessageOptions["state"]
  if (state && !["formal", "trial", "developer"].includes(state)) throw new Error("WECHAT_MESSAGE_STATE must be formal, trial or developer")
  const apiBase = env.WECHAT_MESSAGE_API_BASE || WECHAT_API_BASE
  const url = new URL(apiBase)
  const local = env.DOORSTEP_LOCAL_GATEWAYS === "true" || env.NODE_ENV !== "production"
  if (url.protocol !== "https:" && !(local && ["127.0.0.1", "localhost"].includes(url.hostname))) throw new Error(`WeChat subscription messages: ${apiBase} must be https`)
  return { appId: appId!, appSecret: appSecret!, kind, templates, pageBase: env.WECHAT_MESSAGE_PAGE || undefined, state, apiBase }
}
