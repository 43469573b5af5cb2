/**
 * A synthetic Shanghai catalogue for `bench:search`: services and beauticians
 * in both languages with the attributes customers filter by, and the queries
 * customers type (parts of words, synonyms, typos) with filters and sorts.
 * Seeded, so two runs search the same data.
 */
import type { SearchDocument, SearchRequest } from "@doorstep/content/lib/search/port"

const CATEGORIES = {
  nails: { zh: ["美甲", "光疗美甲", "手部护理", "足部美甲", "法式美甲"], en: ["Manicure", "Gel Manicure", "Hand Care", "Pedicure", "French Nails"] },
  facial: { zh: ["补水护理", "深层清洁", "面部护理", "抗衰护理", "祛痘护理"], en: ["Hydrating Facial", "Deep Cleansing", "Facial", "Anti-ageing Facial", "Acne Care"] },
  massage: { zh: ["推拿", "精油按摩", "肩颈理疗", "足疗", "经络疏通"], en: ["Tuina", "Aromatherapy Massage", "Neck and Shoulder Therapy", "Foot Massage", "Meridian Massage"] },
  hair: { zh: ["理发", "染发", "烫发", "头皮护理", "造型"], en: ["Haircut", "Hair Colour", "Perm", "Scalp Care", "Styling"] },
  lashes: { zh: ["睫毛嫁接", "美睫", "纹眉", "睫毛烫"], en: ["Eyelash Extensions", "Lash Lift", "Brow Shaping", "Lash Perm"] },
} as const
type Category = keyof typeof CATEGORIES
const PREFIX = { zh: ["日式", "韩式", "深层", "经典", "轻奢", "上门", "特惠", "高端"], en: ["Japanese", "Korean", "Deep", "Classic", "Premium", "At-home", "Express", "Signature"] }
const DISTRICTS = ["静安区", "黄浦区", "徐汇区", "长宁区", "普陀区", "虹口区", "杨浦区", "浦东新区", "闵行区", "宝山区"]
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
const GIVEN = "丽娜敏静婷雪燕芳颖晓玲慧琳欣怡佳悦梦雅倩"
const WORDS = { zh: ["持久", "舒缓", "温和", "专业", "进口产品", "一次性工具", "资深技师", "上门服务"], en: ["long-lasting", "soothing", "gentle", "professional", "imported products", "single-use tools", "senior therapist", "at home"] }

/** A small deterministic generator (mulberry32): the same catalogue every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function catalogue(services: number, beauticians: number): SearchDocument[] {
  const next = random(20261204)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const categories = Object.keys(CATEGORIES) as Category[]
  const studios = Array.from({ length: Math.max(1, Math.round(services / 40)) }, (_, i) => `studio-${i}`)
  const documents: SearchDocument[] = []
  for (let i = 0; i < services; i++) {
    const category = pick(categories)
    const kind = Math.floor(next() * CATEGORIES[category].zh.length)
    const prefix = Math.floor(next() * PREFIX.zh.length)
    const price_min = (50 + Math.floor(next() * 40) * 10) * 100
    const attributes = { category, price_min, price_max: price_min + Math.floor(next() * 20) * 1000, duration_minutes: [60, 90] }
    const studio = pick(studios)
    for (const locale of ["zh-CN", "en"] as const) {
      const lang = locale === "en" ? "en" : "zh"
      documents.push({
        type: "service",
        document_id: `svc${i}`,
        locale,
        ref: `service-${i}`,
        merchant_handle: studio,
        title: lang === "zh" ? `${PREFIX.zh[prefix]}${CATEGORIES[category].zh[kind]}` : `${PREFIX.en[prefix]} ${CATEGORIES[category].en[kind]}`,
        text: [pick(WORDS[lang]), pick(WORDS[lang]), pick(WORDS[lang]), pick(DISTRICTS)].join(" "),
        data: {},
        attributes,
      })
    }
  }
  for (let i = 0; i < beauticians; i++) {
    const name = `${pick([...SURNAMES])}${pick([...GIVEN])}${next() < 0.5 ? pick([...GIVEN]) : ""}`
    const specialties = [pick(categories), pick(categories)]
    const home = pick(DISTRICTS)
    const attributes = {
      districts: [...new Set([home, pick(DISTRICTS)])],
      rating: next() < 0.1 ? null : Math.round((3.5 + next() * 1.5) * 100) / 100,
      review_count: Math.floor(next() * 300),
      certifications: specialties,
      geo: { lat: 31.05 + next() * 0.35, lng: 121.25 + next() * 0.45 },
    }
    const studio = pick(studios)
    for (const locale of ["zh-CN", "en"] as const) {
      const lang = locale === "en" ? "en" : "zh"
      documents.push({
        type: "beautician",
        document_id: `bea${i}`,
        locale,
        ref: `bea_${i}`,
        merchant_handle: studio,
        title: name,
        text: specialties.map((category) => pick(CATEGORIES[category][lang])).join(" "),
        data: {},
        attributes,
      })
    }
  }
  return documents
}

/** What customers type, in both languages, with the filters and sorts the store offers. */
export function queries(count: number): SearchRequest[] {
  const next = random(7)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const zh = ["美甲", "护理", "推拿", "按摩", "补水", "睫毛", "理发", "美发", "日式美甲", "头皮", "肩颈", "精油", "美睫", "足疗", "王丽", "静安"]
  const en = ["manicure", "facial", "massage", "masage", "haircut", "lash", "scalp", "hydrating", "tuina", "pedicure", "colour", "brow"]
  const centre = { lat: 31.2304, lng: 121.4737 }
  return Array.from({ length: count }, (_, i): SearchRequest => {
    const english = i % 3 === 2
    const request: SearchRequest = { q: pick(english ? en : zh), locale: english ? "en" : "zh-CN", types: ["service", "beautician", "article"], limit: 20 }
    switch (i % 5) {
      case 1:
        return { ...request, types: ["service"], filters: { max_price: 30000 }, sort: "price_asc", facets: ["category"] }
      case 2:
        return { ...request, types: ["beautician"], filters: { district: pick(DISTRICTS), min_rating: 4.5 }, sort: "rating" }
      case 3:
        return { ...request, types: ["beautician"], sort: "distance", near: centre, offset: 20 }
      case 4:
        return { ...request, facets: ["type", "district"] }
      default:
        return request
    }
  })
}
