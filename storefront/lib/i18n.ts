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
    tryAgain: "重新加载",
    contentMissing: "这项服务的详细介绍正在准备中。",
    notFound: "没有找到这项服务",
    footer: "Doorstep · 开源上门美容平台 · 上海",
    beauticianNotFound: "没有找到这位美容师",
    beauticianNotFoundBody: "这位美容师可能已暂停接单，看看其他服务和美容师吧。",
    studio: (name: string) => `所属工作室：${name}`,
    ratingSummary: (rating: number, count: number) => `${rating.toFixed(1)} 分 · ${count} 条评价`,
    stars: (rating: number) => `${rating} 星（满分 5 星）`,
    noReviewsYet: "暂无评价",
    performs: "可预约的服务",
    performsEmpty: "这位美容师暂未开放可预约的服务。",
    certifications: "技能认证",
    certificationsEmpty: "暂无有效的技能认证。",
    certified: (passed: string, until: string) => `${passed} 通过考核 · 有效期至 ${until}`,
    latestReviews: "最新评价",
    reviewsEmpty: "还没有文字评价。",
    studioReply: "工作室回复",
    loading: "正在加载…",
    nearbyTitle: "人民广场附近可上门的美容师",
    nearbyEmpty: "附近暂时没有提供这项服务的美容师。",
    distance: (km: number) => `${km} 公里`,
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
    tryAgain: "Try again",
    contentMissing: "The full description of this service is on its way.",
    notFound: "We couldn't find this service",
    footer: "Doorstep · open-source at-home beauty · Shanghai",
    beauticianNotFound: "We couldn't find this beautician",
    beauticianNotFoundBody: "They may have paused taking bookings. Have a look at our other services and beauticians.",
    studio: (name: string) => `Studio: ${name}`,
    ratingSummary: (rating: number, count: number) => `${rating.toFixed(1)} · ${count} ${count === 1 ? "review" : "reviews"}`,
    stars: (rating: number) => `${rating} out of 5 stars`,
    noReviewsYet: "No reviews yet",
    performs: "Services you can book",
    performsEmpty: "This beautician has no services open for booking yet.",
    certifications: "Certified skills",
    certificationsEmpty: "No current skill certifications.",
    certified: (passed: string, until: string) => `Passed ${passed} · valid until ${until}`,
    latestReviews: "Latest reviews",
    reviewsEmpty: "No written reviews yet.",
    studioReply: "Studio's reply",
    loading: "Loading…",
    nearbyTitle: "Beauticians near People's Square",
    nearbyEmpty: "No beautician nearby offers this service right now.",
    distance: (km: number) => `${km} km away`,
  },
} satisfies Record<Locale, Record<string, unknown>>

export type Messages = (typeof messages)["zh-CN"]
export const messagesFor = (locale: Locale): Messages => messages[locale]

/** Dates as people in Shanghai read them, wherever the server runs. */
export function formatDate(instant: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" }).format(new Date(instant))
}
