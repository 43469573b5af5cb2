import fs from "node:fs"
import path from "node:path"

/**
 * The one source of demo data, checked as a merchant would: enough of everything,
 * both languages everywhere, real Shanghai coordinates, and every reference resolving.
 */
type Localized = { "zh-CN": string; en: string }
const DATA = path.join(__dirname, "data")
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA, file), "utf8")) as T

const categories = read<Array<{ handle: string; name: Localized }>>("categories.json")
const merchants = read<Array<{ handle: string; name: Localized; lat: number; lng: number; phone: string }>>("merchants.json")
const services = read<
  Array<{
    handle: string
    category: string
    title: Localized
    variants: Array<{ sku: string; duration_minutes: number; price_fen: number; title: Localized }>
    content: Record<"zh-CN" | "en", { description: string[]; steps: unknown[]; aftercare: string[] }>
  }>
>("services.json")
const beauticians = read<
  Array<{
    handle: string
    merchant: string
    name: Localized
    email: string
    phone: string
    district: Localized
    home_base: { lat: number; lng: number }
    skills: string[]
    years_experience: number
    bio: Localized
    specialties: Record<"zh-CN" | "en", string[]>
  }>
>("beauticians.json")
const reviews = read<{
  reviewers: Array<{ key: string; email: string }>
  reviews: Array<{ beautician: string; reviewer: string; sku: string; rating: number; text: string; reply: string | null; days_ago: number }>
}>("reviews.json")

const bilingual = (text: Localized) => text["zh-CN"].trim() !== "" && text.en.trim() !== "" && /[\u4e00-\u9fff]/.test(text["zh-CN"])
const inShanghai = ({ lat, lng }: { lat: number; lng: number }) => lat > 30.7 && lat < 31.9 && lng > 120.85 && lng < 122.2
const unique = (values: string[]) => new Set(values).size === values.length

describe("demo data", () => {
  it("has the four service categories", () => {
    expect(categories.map((c) => c.handle).sort()).toEqual(["facial", "hair", "massage", "nails"])
    expect(categories.map((c) => c.name["zh-CN"])).toEqual(["面部护理", "美发", "美甲", "按摩"])
  })

  it("has 3 studios in Shanghai", () => {
    expect(merchants).toHaveLength(3)
    expect(merchants.every((m) => bilingual(m.name) && inShanghai(m) && /^\+86\d{10,11}$/.test(m.phone))).toBe(true)
  })

  it("has at least 16 services, at least 4 a category, 30–150 minutes, whole-fen CNY prices", () => {
    expect(services.length).toBeGreaterThanOrEqual(16)
    for (const category of categories) {
      expect(services.filter((s) => s.category === category.handle).length).toBeGreaterThanOrEqual(4)
    }
    const variants = services.flatMap((s) => s.variants)
    expect(variants.every((v) => v.duration_minutes >= 30 && v.duration_minutes <= 150)).toBe(true)
    expect(variants.every((v) => Number.isSafeInteger(v.price_fen) && v.price_fen > 0)).toBe(true)
    expect(unique(services.map((s) => s.handle)) && unique(variants.map((v) => v.sku))).toBe(true)
  })

  it("describes every service in both languages", () => {
    for (const service of services) {
      expect(bilingual(service.title) && service.variants.every((v) => bilingual(v.title))).toBe(true)
      for (const locale of ["zh-CN", "en"] as const) {
        const content = service.content[locale]
        expect(content.description.length).toBeGreaterThan(0)
        expect(content.steps.length).toBeGreaterThanOrEqual(3)
        expect(content.aftercare.length).toBeGreaterThanOrEqual(2)
      }
    }
  })

  it("has at least 30 beauticians across at least 10 Shanghai districts, each with real skills", () => {
    expect(beauticians.length).toBeGreaterThanOrEqual(30)
    expect(new Set(beauticians.map((b) => b.district["zh-CN"])).size).toBeGreaterThanOrEqual(10)
    const serviceHandles = new Set(services.map((s) => s.handle))
    const merchantHandles = new Set(merchants.map((m) => m.handle))
    for (const beautician of beauticians) {
      expect(inShanghai(beautician.home_base)).toBe(true)
      expect(merchantHandles.has(beautician.merchant)).toBe(true)
      expect(beautician.skills.length).toBeGreaterThan(0)
      expect(beautician.skills.every((skill) => serviceHandles.has(skill))).toBe(true)
      expect(bilingual(beautician.name) && bilingual(beautician.bio)).toBe(true)
    }
    expect(unique(beauticians.map((b) => b.email)) && unique(beauticians.map((b) => b.phone))).toBe(true)
  })
})

describe("demo profiles", () => {
  it("gives every beautician years of experience and the same specialties in both languages", () => {
    for (const beautician of beauticians) {
      expect(Number.isInteger(beautician.years_experience) && beautician.years_experience >= 1 && beautician.years_experience <= 60).toBe(true)
      const { "zh-CN": zh, en } = beautician.specialties
      expect(zh.length).toBeGreaterThanOrEqual(2)
      expect(en).toHaveLength(zh.length)
      expect(zh.every((name) => /[\u4e00-\u9fff]/.test(name) && name.length <= 60) && en.every((name) => name.trim() !== "" && name.length <= 60)).toBe(true)
    }
  })
})

describe("demo reviews", () => {
  const byBeautician = (handle: string) => reviews.reviews.filter((r) => r.beautician === handle)
  const chinese = (text: string) => /[\u4e00-\u9fff]/.test(text)

  /** Words that belong to one category's work: a review of another category's service never uses them. */
  const TELLTALE: Record<string, RegExp> = {
    facial: /皮肤|补水|清痘|痘|肤况|护肤|黑眼圈|下颌线|上妆|敏感肌|脸|skin/i,
    hair: /剪|染|头发|发质|刘海|角蛋白|造型|碎发|colour|hair/i,
    nails: /甲|法式边|手绘|款式图|死皮|脚后跟|gel|nail|French tips/i,
    massage: /推拿|按完|按摩床|穴位|足底|精油|腰|肩颈|乱按|pressure|table/i,
  }

  it("speaks of the service reviewed: no review of a hair or nail visit mentions massage, and so on", () => {
    const categoryOf = new Map(services.flatMap((s) => s.variants.map((v) => [v.sku, s.category] as const)))
    const strays = reviews.reviews.flatMap((review) => {
      const own = categoryOf.get(review.sku)!
      const words = `${review.text} ${review.reply ?? ""}`
      const others = Object.entries(TELLTALE).filter(([category, telltale]) => category !== own && telltale.test(words))
      // Pressure (力度) is a massage's or a facial's, never a haircut's or a manicure's.
      const pressure = (own === "hair" || own === "nails") && /力度/.test(words)
      return others.length > 0 || pressure ? [`${review.sku}: ${words}`] : []
    })
    expect(strays).toEqual([])
  })

  it("gives every beautician a handful of written reviews of services they perform, by known reviewers", () => {
    const skus = new Map(services.flatMap((s) => s.variants.map((v) => [v.sku, s.handle] as const)))
    const reviewers = new Set(reviews.reviewers.map((r) => r.key))
    expect(unique(reviews.reviewers.map((r) => r.email))).toBe(true)
    for (const beautician of beauticians) {
      const own = byBeautician(beautician.handle)
      expect(own.length).toBeGreaterThanOrEqual(4)
      expect(own.length).toBeLessThanOrEqual(8)
      expect(unique(own.map((r) => r.reviewer))).toBe(true)
      for (const review of own) {
        expect(beautician.skills).toContain(skus.get(review.sku))
        expect(reviewers.has(review.reviewer)).toBe(true)
        expect(Number.isInteger(review.rating) && review.rating >= 1 && review.rating <= 5).toBe(true)
        expect(review.text.trim().length).toBeGreaterThan(5)
        // At least four days old: the visits' changes are older than the notifications' first look back (72 h).
        expect(Number.isInteger(review.days_ago) && review.days_ago >= 4 && review.days_ago <= 120).toBe(true)
      }
    }
    expect(reviews.reviews.every((r) => beauticians.some((b) => b.handle === r.beautician))).toBe(true)
  })

  it("is mostly Chinese with some English, mostly good, and a few answered by the studio", () => {
    const all = reviews.reviews
    const inChinese = all.filter((r) => chinese(r.text)).length
    expect(inChinese / all.length).toBeGreaterThan(0.7)
    expect(all.length - inChinese).toBeGreaterThanOrEqual(5)
    const replied = all.filter((r) => r.reply !== null)
    expect(replied.length).toBeGreaterThanOrEqual(10)
    expect(replied.length / all.length).toBeLessThan(0.4)
    // A reply is in the language of the review it answers.
    expect(replied.every((r) => chinese(r.reply!) === chinese(r.text))).toBe(true)
    const mean = all.reduce((sum, r) => sum + r.rating, 0) / all.length
    expect(mean).toBeGreaterThan(4.3)
    expect(all.some((r) => r.rating <= 3)).toBe(true)
  })
})

describe("demo working hours", () => {
  const hours = read<Array<{ working_hours: Array<{ weekday: number; start: string; end: string }> }>>("beauticians.json")

  it("gives every beautician valid weekly hours", () => {
    for (const beautician of hours) {
      expect(beautician.working_hours.length).toBeGreaterThan(0)
      for (const window of beautician.working_hours) {
        expect(window.weekday).toBeGreaterThanOrEqual(1)
        expect(window.weekday).toBeLessThanOrEqual(7)
        expect(window.start).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
        expect(window.end).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
      }
    }
  })

  it("has someone working every day of the week for every service someone performs, so any day can be booked", () => {
    const performed = services.filter((service) => beauticians.some((b) => b.skills.includes(service.handle)))
    const gaps = performed.flatMap((service) =>
      [1, 2, 3, 4, 5, 6, 7]
        .filter((day) => !beauticians.some((b) => b.skills.includes(service.handle) && (b as unknown as (typeof hours)[number]).working_hours.some((w) => w.weekday === day)))
        .map((day) => `${service.handle} on weekday ${day}`),
    )
    expect(gaps).toEqual([])
  })
})
