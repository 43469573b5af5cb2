import type { Locale } from "../locale"

/** Finding something: search, banners, who is nearby. */
export const discover = {
  "zh-CN": {
    searchLabel: "搜索服务、美容师或文章",
    searchPlaceholder: "如：推拿、美甲、王静",
    searchButton: "搜索",
    searchTitle: (q: string) => `“${q}”的搜索结果`,
    searchEmpty: "没有找到相关内容，换个关键词试试。",
    searchPrompt: "输入关键词开始搜索。",
    resultServices: "服务",
    resultBeauticians: "美容师",
    resultArticles: "文章",
    nearbyHome: "附近的美容师",
    nearbyHomeHint: "以人民广场为中心；预约时填写您的地址即可查看上门时间。",
    campaigns: "优惠活动",
  },
  en: {
    searchLabel: "Search services, beauticians or articles",
    searchPlaceholder: "e.g. massage, nails, Wang Jing",
    searchButton: "Search",
    searchTitle: (q: string) => `Results for “${q}”`,
    searchEmpty: "Nothing matched. Try other words.",
    searchPrompt: "Type something to search.",
    resultServices: "Services",
    resultBeauticians: "Beauticians",
    resultArticles: "Articles",
    nearbyHome: "Beauticians nearby",
    nearbyHomeHint: "Around People's Square; add your address when booking to see when they can come.",
    campaigns: "Offers",
  },
} satisfies Record<Locale, Record<string, unknown>>
