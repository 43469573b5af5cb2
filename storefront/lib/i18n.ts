export const LOCALES = ["zh-CN", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "zh-CN"

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)

/** The public address of a page: Chinese without a prefix, English under /en. */
export function localePath(locale: Locale, path = "/"): string {
  if (locale === DEFAULT_LOCALE) return path
  return path === "/" ? `/${locale}` : `/${locale}${path}`
}

const messages = {
  "zh-CN": {
    brand: "Doorstep 上门美容",
    tagline: "美容师带齐工具上门，在家享受专业护理",
    switchTo: "English",
    services: "服务项目",
    from: "起",
    minutes: (n: number) => `${n} 分钟`,
    book: "查看详情",
    options: "可选规格",
    steps: "服务流程",
    aftercare: "护理后须知",
    backToList: "← 全部服务",
    empty: "暂时没有可预约的服务，请稍后再来看看。",
    unavailableTitle: "服务暂时无法加载",
    unavailableBody: "我们正在恢复连接，请稍后刷新页面。",
    contentMissing: "这项服务的详细介绍正在准备中。",
    notFound: "没有找到这项服务",
    footer: "Doorstep · 开源上门美容平台 · 上海",
  },
  en: {
    brand: "Doorstep",
    tagline: "Professional beauty care, brought to your door",
    switchTo: "中文",
    services: "Services",
    from: "from",
    minutes: (n: number) => `${n} min`,
    book: "View details",
    options: "Options",
    steps: "What happens",
    aftercare: "Aftercare",
    backToList: "← All services",
    empty: "No services can be booked right now. Please check back soon.",
    unavailableTitle: "Services can't be loaded right now",
    unavailableBody: "We're reconnecting. Please refresh in a moment.",
    contentMissing: "The full description of this service is on its way.",
    notFound: "We couldn't find this service",
    footer: "Doorstep · open-source at-home beauty · Shanghai",
  },
} satisfies Record<Locale, Record<string, unknown>>

export type Messages = (typeof messages)["zh-CN"]
export const messagesFor = (locale: Locale): Messages => messages[locale]
