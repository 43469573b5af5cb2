import type { Locale } from "./locale"

/**
 * Shanghai's sixteen districts, with a point near each one's centre where the
 * map pin starts until the customer moves it. The Chinese name is what
 * commerce's service areas match on.
 */
export const CITY = { "zh-CN": "上海市", en: "Shanghai" } as const

export const DISTRICTS = [
  { name: "黄浦区", en: "Huangpu", lat: 31.2317, lng: 121.4846 },
  { name: "徐汇区", en: "Xuhui", lat: 31.1885, lng: 121.4365 },
  { name: "长宁区", en: "Changning", lat: 31.2204, lng: 121.4246 },
  { name: "静安区", en: "Jing'an", lat: 31.229, lng: 121.448 },
  { name: "普陀区", en: "Putuo", lat: 31.2495, lng: 121.3972 },
  { name: "虹口区", en: "Hongkou", lat: 31.2646, lng: 121.5052 },
  { name: "杨浦区", en: "Yangpu", lat: 31.2595, lng: 121.526 },
  { name: "浦东新区", en: "Pudong", lat: 31.2215, lng: 121.5447 },
  { name: "闵行区", en: "Minhang", lat: 31.1129, lng: 121.3816 },
  { name: "宝山区", en: "Baoshan", lat: 31.4045, lng: 121.4894 },
  { name: "嘉定区", en: "Jiading", lat: 31.3747, lng: 121.2655 },
  { name: "金山区", en: "Jinshan", lat: 30.7417, lng: 121.342 },
  { name: "松江区", en: "Songjiang", lat: 31.0322, lng: 121.2277 },
  { name: "青浦区", en: "Qingpu", lat: 31.1497, lng: 121.1241 },
  { name: "奉贤区", en: "Fengxian", lat: 30.918, lng: 121.474 },
  { name: "崇明区", en: "Chongming", lat: 31.623, lng: 121.397 },
] as const

export const districtLabel = (name: string, locale: Locale) => (locale === "en" ? DISTRICTS.find((d) => d.name === name)?.en ?? name : name)
