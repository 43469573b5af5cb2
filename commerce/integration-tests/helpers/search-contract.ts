import type { SearchDocument, SearchEngine, SearchRequest, SearchType } from "@doorstep/content/lib/search/port"

/** A fresh, empty engine for one run of the suite, and how to throw it away. */
export interface EngineFactory {
  open(): Promise<SearchEngine>
  close(): Promise<void>
}

type Fixture = Omit<SearchDocument, "locale" | "data"> & { locale?: SearchDocument["locale"] }
const CENTRE = { lat: 31.2304, lng: 121.4737 }

// Every entry says 上门 / "at home", so one query matches them all and filters, sorts and facets decide.
const FIXTURES: Fixture[] = [
  { type: "service", document_id: "svc-nails", ref: "japanese-manicure", merchant_handle: "jingan-studio", title: "日式美甲", text: "上门 手部护理 持久光疗", attributes: { category: "nails", price_min: 19800, price_max: 29800, duration_minutes: [60, 90] } },
  { type: "service", document_id: "svc-facial", ref: "hydrating-facial", merchant_handle: "xuhui-studio", title: "深层补水护理", text: "上门 面部清洁 保湿", attributes: { category: "facial", price_min: 29800, price_max: 39800, duration_minutes: [90] } },
  { type: "service", document_id: "svc-tuina", ref: "tuina-massage", merchant_handle: "jingan-studio", title: "中式推拿", text: "上门 全身舒缓 肩颈", attributes: { category: "massage", price_min: 15800, price_max: 25800, duration_minutes: [60, 90] } },
  { type: "service", document_id: "svc-hair", ref: "mens-haircut", merchant_handle: null, title: "男士理发", text: "上门 洗剪吹", attributes: { category: "hair", price_min: 8800, price_max: 8800, duration_minutes: [45] } },
  { type: "service", document_id: "svc-lashes", ref: "lash-extensions", merchant_handle: "xuhui-studio", title: "睫毛嫁接", text: "上门 自然款 浓密款", attributes: { category: "lashes", price_min: 16800, price_max: 22800, duration_minutes: [120] } },
  { type: "beautician", document_id: "bea-wang", ref: "bea_wang", merchant_handle: "jingan-studio", title: "王丽", text: "上门 美甲 美睫", attributes: { districts: ["静安区", "黄浦区"], rating: 4.9, review_count: 120, certifications: ["nails"], geo: { lat: 31.2290, lng: 121.4480 } } },
  { type: "beautician", document_id: "bea-li", ref: "bea_li", merchant_handle: "xuhui-studio", title: "李娜", text: "上门 推拿 经络", attributes: { districts: ["徐汇区"], rating: 4.2, review_count: 35, certifications: [], geo: { lat: 31.1880, lng: 121.4370 } } },
  { type: "beautician", document_id: "bea-zhang", ref: "bea_zhang", merchant_handle: "xuhui-studio", title: "张敏", text: "上门 面部护理 补水", attributes: { districts: ["浦东新区"], rating: null, review_count: 0, certifications: [], geo: { lat: 31.2200, lng: 121.5440 } } },
  { type: "article", document_id: "art-winter", ref: "winter-hydration", merchant_handle: null, title: "冬季补水护理指南", text: "上门 干燥 保湿", attributes: {} },
  { type: "service", locale: "en", document_id: "svc-tuina", ref: "tuina-massage", merchant_handle: "jingan-studio", title: "Chinese Tuina Massage", text: "At home: shoulders and back", attributes: { category: "massage", price_min: 15800, price_max: 25800, duration_minutes: [60, 90] } },
  { type: "service", locale: "en", document_id: "svc-facial", ref: "hydrating-facial", merchant_handle: "xuhui-studio", title: "Deep Hydrating Facial", text: "At home: cleansing and moisture", attributes: { category: "facial", price_min: 29800, price_max: 39800, duration_minutes: [90] } },
]
const DOCUMENTS: SearchDocument[] = FIXTURES.map(({ locale, ...fixture }) => ({ ...fixture, locale: locale ?? "zh-CN", data: { fixture: true } }))
const ALL: readonly SearchType[] = ["service", "beautician", "article"]

/** The same cases for every engine: what the store's search promises, whichever engine answers. */
export function searchContract(factory: EngineFactory) {
  let engine: SearchEngine
  const search = (q: string, rest: Partial<SearchRequest> = {}) => engine.search({ q, locale: "zh-CN", types: ALL, limit: 20, ...rest })
  const titles = async (q: string, rest: Partial<SearchRequest> = {}) => (await search(q, rest)).hits.map((hit) => hit.title)

  beforeAll(async () => {
    engine = await factory.open()
    await engine.start()
    for (const type of ALL) for (const locale of ["zh-CN", "en"] as const) await engine.replaceAll(type, locale, DOCUMENTS.filter((d) => d.type === type && d.locale === locale))
  })
  afterAll(() => factory.close())

  it.each([
    ["美甲", "日式美甲"],
    ["护理", "深层补水护理"],
    ["补水", "冬季补水护理指南"],
  ])("finds the whole word from a part of it: %s → %s", async (q, title) => {
    expect(await titles(q)).toContain(title)
  })

  it.each([
    ["按摩", "中式推拿"],
    ["美发", "男士理发"],
    ["美睫", "睫毛嫁接"],
  ])("applies the synonyms kept in code: %s → %s", async (q, title) => {
    expect(await titles(q, { types: ["service"] })).toContain(title)
  })

  it("forgives an English typo and keeps languages apart", async () => {
    expect(await titles("masage", { locale: "en" })).toEqual(["Chinese Tuina Massage"])
    expect(await titles("hydratng", { locale: "en" })).toEqual(["Deep Hydrating Facial"])
    expect(await titles("美甲", { locale: "en" })).toEqual([])
  })

  it("puts a title match before a text match", async () => {
    expect((await titles("推拿"))[0]).toBe("中式推拿")
  })

  it("filters by category, price range in fen, district, rating and studio", async () => {
    expect(await titles("上门", { filters: { category: "facial" } })).toEqual(["深层补水护理"])
    expect((await titles("上门", { types: ["service"], filters: { max_price: 16000 } })).sort()).toEqual(["中式推拿", "男士理发"].sort())
    expect((await titles("上门", { types: ["service"], filters: { min_price: 30000 } })).sort()).toEqual(["深层补水护理"])
    expect(await titles("上门", { filters: { district: "黄浦区" } })).toEqual(["王丽"])
    expect((await titles("上门", { filters: { min_rating: 4 } })).sort()).toEqual(["李娜", "王丽"].sort())
    expect((await titles("上门", { types: ["service"], filters: { merchant_handle: "jingan-studio" } })).sort()).toEqual(["中式推拿", "日式美甲"].sort())
  })

  it("counts every match per facet value, and in all", async () => {
    const found = await search("上门", { facets: ["type", "category", "district"], limit: 1 })
    expect(found.count).toBe(9)
    expect(found.facets.type).toEqual({ service: 5, beautician: 3, article: 1 })
    expect(found.facets.category).toEqual({ nails: 1, facial: 1, massage: 1, hair: 1, lashes: 1 })
    expect(found.facets.district).toEqual({ 静安区: 1, 黄浦区: 1, 徐汇区: 1, 浦东新区: 1 })
  })

  it("sorts by rating, price or distance, the unknown last", async () => {
    expect(await titles("上门", { types: ["beautician"], sort: "rating" })).toEqual(["王丽", "李娜", "张敏"])
    expect(await titles("上门", { types: ["service"], sort: "price_asc" })).toEqual(["男士理发", "中式推拿", "睫毛嫁接", "日式美甲", "深层补水护理"])
    expect((await titles("上门", { types: ["service"], sort: "price_desc" }))[0]).toBe("深层补水护理")
    const near = await search("上门", { types: ["beautician"], sort: "distance", near: CENTRE })
    expect(near.hits.map((hit) => hit.title)).toEqual(["王丽", "李娜", "张敏"])
    expect(near.hits[0].distance_m).toBeGreaterThan(2000)
    expect(near.hits[0].distance_m).toBeLessThan(3000)
  })

  it("pages through the matches without losing or repeating one", async () => {
    const pages = await Promise.all([0, 4, 8].map((offset) => search("上门", { limit: 4, offset, sort: "price_asc" })))
    expect(pages.map((page) => page.hits.length)).toEqual([4, 4, 1])
    expect(new Set(pages.flatMap((page) => page.hits.map((hit) => hit.document_id))).size).toBe(9)
    expect(pages.every((page) => page.count === 9)).toBe(true)
  })

  it("returns each hit as it was indexed, with its attributes", async () => {
    const [hit] = (await search("日式美甲", { types: ["service"] })).hits
    expect(hit).toMatchObject({ type: "service", document_id: "svc-nails", ref: "japanese-manicure", merchant_handle: "jingan-studio", data: { fixture: true } })
    expect(hit.attributes).toMatchObject({ category: "nails", price_min: 19800, price_max: 29800, duration_minutes: [60, 90] })
  })

  it("replaces, removes and replaces all, and searches see it at once", async () => {
    const lashes = DOCUMENTS.find((d) => d.document_id === "svc-lashes")!
    await engine.index([{ ...lashes, title: "睫毛嫁接·自然款" }])
    expect(await titles("睫毛", { types: ["service"] })).toEqual(["睫毛嫁接·自然款"])
    await engine.remove("service", "svc-lashes", "zh-CN")
    expect(await titles("睫毛", { types: ["service"] })).toEqual([])
    await engine.replaceAll("article", "zh-CN", [])
    expect(await titles("冬季")).toEqual([])
    await engine.index([lashes])
  })
}
