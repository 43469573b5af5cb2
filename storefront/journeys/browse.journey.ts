import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"
import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { messagesFor, type Locale } from "../lib/i18n"
import { formatClock, formatWhen } from "../lib/time"
import { enterAddress } from "./support/booking"
import { setting, Tab, WIDTHS } from "../../scripts/lib/browser-tab"

/**
 * Browse: a customer opens the home page, sees the seeded services, opens one,
 * sees its options with price and duration and the beauticians near People's
 * Square who perform it, and opens one beautician's profile: studio, rating,
 * services, certifications and the latest reviews with the studio's reply —
 * the journey's own two first, then the demo's. In Chinese at `/`, in English
 * under `/en`. The cms carries the demo content: the service pages show
 * their descriptions, the profile its introduction.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const COMMERCE = setting("JOURNEY_COMMERCE_URL")
const STORE = { "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY") }
const SEED_DIR = process.env.DOORSTEP_SEED_DIR ?? path.join(__dirname, "..", "..", "scripts", "seed", "data")

type Words = Record<Locale, string>
const seed = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), "utf8")) as T
const services = seed<Array<{ handle: string; title: Words; variants: Array<{ sku: string; title: Words; price_fen: number }> }>>("services.json")
const beauticians = seed<Array<{ handle: string; name: Words; merchant: string; skills: string[] }>>("beauticians.json")
const demoReviews = seed<{ reviews: Array<{ beautician: string; sku: string; rating: number; text: string; reply: string | null; days_ago: number }> }>("reviews.json").reviews
const studios = seed<Array<{ handle: string; name: Words }>>("merchants.json")
const tuina = services.find((service) => service.handle === "tuina-massage")!

/** A certification passed and ending at 02:00 on 1 November in Shanghai: the last day of October in UTC. */
const CERTIFIED = {
  passed_at: "2026-10-31T18:00:00Z",
  expires_at: "2027-10-31T18:00:00Z",
  shanghaiDay: { passed: { "zh-CN": "2026年11月1日", en: "November 1, 2026" }, until: { "zh-CN": "2027年11月1日", en: "November 1, 2027" } },
}
/** The journey's reviews, written in the last hours: newer than any the demo seeds (at least 3 days old). */
const REVIEWS = {
  older: { rating: 4, text: "推拿手法很专业，肩颈轻松了很多。", reply: null, at: new Date(Date.now() - 2 * 3600_000) },
  newer: { rating: 5, text: "准时到达，力度刚好。", reply: "感谢您的认可，期待下次为您服务！", at: new Date(Date.now() - 3600_000) },
}

let browser: Browser
let featured: { id: string; name: string }

async function storeGet<T>(route: string): Promise<T> {
  const response = await fetch(`${COMMERCE}${route}`, { headers: STORE })
  if (!response.ok) throw new Error(`${route} answered ${response.status}`)
  return (await response.json()) as T
}

/** The first beautician the tuina page lists gets two reviews (one answered by the studio) and a certification. */
beforeAll(async () => {
  browser = await launchChromium()
  const { products } = await storeGet<{ products: Array<{ id: string }> }>("/store/products?handle=tuina-massage&fields=id")
  const { beauticians: near } = await storeGet<{ beauticians: Array<{ id: string; display_name: string; merchant_handle: string }> }>(
    `/store/beauticians?lat=31.2304&lng=121.4737&limit=6&product_id=${products[0].id}`,
  )
  featured = { id: near[0].id, name: near[0].display_name }
  const db = new Client({ connectionString: setting("JOURNEY_DATABASE_URL") })
  await db.connect()
  try {
    const review = `insert into review (id, appointment_id, customer_id, beautician_id, merchant_handle, variant_id, rating, text, photos, reply, replied_at, created_at, updated_at)
      values ($1, $2, 'cus_journey', $3, $4, 'variant_journey', $5, $6, '[]', $7, $8, $9, $9)`
    await db.query(review, ["rev_journey_1", "apt_journey_1", featured.id, near[0].merchant_handle, REVIEWS.older.rating, REVIEWS.older.text, null, null, REVIEWS.older.at])
    await db.query(review, [
      "rev_journey_2",
      "apt_journey_2",
      featured.id,
      near[0].merchant_handle,
      REVIEWS.newer.rating,
      REVIEWS.newer.text,
      REVIEWS.newer.reply,
      new Date(REVIEWS.newer.at.getTime() + 600_000),
      REVIEWS.newer.at,
    ])
    // As trust's refreshRating does after every review: the rating and count are made of the visible reviews.
    await db.query(
      `update beautician set rating = r.rating, review_count = r.count
         from (select round(avg(rating)::numeric, 2) as rating, count(*) as count from review where beautician_id = $1 and hidden = false and deleted_at is null) r
        where id = $1`,
      [featured.id],
    )
    await db.query(
      `insert into certification (id, beautician_id, skill, product_id, course_document_id, exam_document_id, score, passed_at, expires_at, status, created_at, updated_at)
       values ('cert_journey', $1, 'tuina-massage', $2, 'course-tuina', 'exam-tuina', 92, $3, $4, 'active', now(), now())`,
      [featured.id, products[0].id, CERTIFIED.passed_at, CERTIFIED.expires_at],
    )
  } finally {
    await db.end()
  }
})

afterAll(async () => {
  await browser?.close()
})

/** The featured beautician's first free tuina starts (its shortest option) at People's Square, as far ahead as the booking page offers, from commerce. */
async function nextFreeStarts(beauticianId: string): Promise<string[]> {
  const { products } = await storeGet<{ products: Array<{ variants: Array<{ id: string; metadata: { duration_minutes: number } }> }> }>(
    "/store/products?handle=tuina-massage&fields=id,*variants,%2Bvariants.metadata",
  )
  const shortest = [...products[0].variants].sort((a, b) => a.metadata.duration_minutes - b.metadata.duration_minutes)[0]
  const rules = await storeGet<{ slots: { max_days_ahead: number } }>("/store/booking-rules")
  const { slots } = await storeGet<{ slots: Array<{ start: string }> }>(
    `/store/availability?variant_id=${shortest.id}&lat=31.2304&lng=121.4737&district=${encodeURIComponent("黄浦区")}&date=${today()}&days=${Math.min(14, rules.slots.max_days_ahead)}&beautician_id=${beauticianId}`,
  )
  return slots.slice(0, 3).map((slot) => slot.start)
}

/** Today in Shanghai, as `YYYY-MM-DD`. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

const home = (locale: Locale) => `${STOREFRONT}${locale === "en" ? "/en" : "/"}`

describe.each(WIDTHS)("browsing at %i px", (width) => {
  describe.each(["zh-CN", "en"] as const)("in %s", (locale) => {
    const t = messagesFor(locale)

    it("goes from the services to one service, and from there to a beautician who performs it", async () => {
      const tab = await Tab.open(browser, width, locale)
      const { page } = tab
      try {
        await tab.visit(home(locale))
        await expectHeading(page, 1, t.tagline)
        for (const service of services) await expectHeading(page, 3, service.title[locale])
        expect(await page.getByText(t.unavailableTitle).count()).toBe(0)
        await tab.looksRight(`${locale}-home`)

        await tab.follow(tuina.title[locale], /\/services\/tuina-massage$/)
        await expectHeading(page, 1, tuina.title[locale])
        const options = page.locator(".option-list li")
        await expect(options.allInnerTexts()).resolves.toEqual([
          expect.stringMatching(locale === "en" ? /Standard, 60 min\s+¥218/ : /标准 60 分钟\s+¥218/),
          expect.stringMatching(locale === "en" ? /Senior, 90 min\s+¥318/ : /资深 90 分钟\s+¥318/),
        ])
        // The cms's description of the service (the journeys' cms carries the demo content).
        await page.locator("section.prose").first().waitFor()
        expect(await page.getByText(t.contentMissing).count()).toBe(0)
        // The service's reviews across its options, newest first, each naming who did the job.
        await expectHeading(page, 2, t.serviceReviewsTitle)
        const tuinaSkus = tuina.variants.map((v) => v.sku)
        const newest = demoReviews.filter((review) => tuinaSkus.includes(review.sku)).sort((a, b) => a.days_ago - b.days_ago)[0]
        const firstReview = page.locator(".review-list > li").first()
        await firstReview.getByText(newest.text).waitFor()
        await firstReview.getByRole("link", { name: t.reviewOf(beauticians.find((b) => b.handle === newest.beautician)!.name["zh-CN"]) }).waitFor()
        await expectHeading(page, 2, t.nearbyTitle)
        const listed = await page.locator(".beautician-list strong").allInnerTexts()
        const performers = beauticians.filter((b) => b.skills.includes("tuina-massage")).map((b) => b.name["zh-CN"])
        expect(listed.length).toBeGreaterThan(0)
        expect(listed.filter((name) => !performers.includes(name))).toEqual([])
        expect(listed[0]).toBe(featured.name)
        await tab.looksRight(`${locale}-service`)

        await tab.follow(featured.name, new RegExp(`/beauticians/${featured.id}$`))
        const person = beauticians.find((b) => b.name["zh-CN"] === featured.name)!
        const seeded = demoReviews.filter((review) => review.beautician === person.handle).sort((a, b) => a.days_ago - b.days_ago)
        const all = [REVIEWS.newer, REVIEWS.older, ...seeded]
        const mean = Math.round((all.reduce((sum, review) => sum + review.rating, 0) / all.length) * 100) / 100
        // The profile speaks the cms's published name in the page's language (commerce keeps the Chinese one).
        await expectHeading(page, 1, person.name[locale])
        await page.getByText(t.studio(studios.find((s) => s.handle === person.merchant)!.name["zh-CN"])).waitFor()
        await page.getByText(t.ratingSummary(mean, all.length)).first().waitFor()
        await expectHeading(page, 2, t.aboutTitle)
        // The published cms profile: years in the trade, bio, specialties.
        await page.locator(".profile-years").waitFor()
        expect(await page.getByText(t.introductionMissing).count()).toBe(0)
        await expectHeading(page, 2, t.performs)
        await page.getByRole("link", { name: tuina.title[locale], exact: true }).waitFor()
        // Nobody is signed in: the next free times are for a visit to the city's centre, and say so.
        await page.getByText(t.timesForCentre).waitFor()
        const freeTimes = page.getByRole("list", { name: t.nextFreeFor(tuina.title[locale]) }).getByRole("link")
        const starts = await nextFreeStarts(featured.id)
        expect(starts.length).toBeGreaterThan(0)
        await expect(freeTimes.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).searchParams.get("start")))).resolves.toEqual(starts)
        await expectHeading(page, 2, t.certifications)
        await page.getByText(t.certified(CERTIFIED.shanghaiDay.passed[locale], CERTIFIED.shanghaiDay.until[locale])).waitFor()
        await expectHeading(page, 2, t.latestReviews)
        const reviews = page.locator(".review-list > li")
        expect(seeded.length).toBeGreaterThanOrEqual(3)
        await expect(reviews.allInnerTexts()).resolves.toEqual(all.slice(0, 5).map((review) => expect.stringContaining(review.text)))
        await expect(reviews.first().locator("blockquote").innerText()).resolves.toMatch(new RegExp(`^${t.studioReply}\\s+${REVIEWS.newer.reply}$`))
        expect(await reviews.nth(1).locator("blockquote").count()).toBe(0)
        expect(await reviews.locator("blockquote").count()).toBe(all.slice(0, 5).filter((review) => review.reply !== null).length)
        await reviews.first().getByRole("img", { name: t.stars(5) }).waitFor()
        await tab.looksRight(`${locale}-beautician`)

        // The first free time leads into booking with this beautician and that time, chosen once the address is in.
        await freeTimes.first().click()
        await page.waitForURL((url) => url.pathname.endsWith("/services/tuina-massage/book") && url.searchParams.get("start") === starts[0])
        await page.getByText(t.chosenTimeAfterAddress(formatWhen(starts[0], locale))).waitFor()
        await page.getByRole("radio", { name: t.chosenBeautician(featured.name) }).isChecked().then((checked) => expect(checked).toBe(true))
        await enterAddress(page, locale)
        await page.getByRole("button", { name: formatClock(starts[0], locale), exact: true, pressed: true }).waitFor()
        await page.getByText(t.summaryTime(formatWhen(starts[0], locale))).waitFor()
        await tab.looksRight(`${locale}-book-from-profile`)
      } finally {
        await tab.close()
      }
    })
  })

  it("shows a proper not-found page for a beautician who does not exist, in either language", async () => {
    const tab = await Tab.open(browser, width, "zh-CN")
    try {
      for (const prefix of ["", "/en"]) {
        await tab.visit(`${STOREFRONT}${prefix}/beauticians/bea_nobody`, 404)
        await expectHeading(tab.page, 1, messagesFor("zh-CN").beauticianNotFound)
        await tab.page.getByText(messagesFor("en").beauticianNotFound).waitFor()
        await tab.looksRight(`not-found${prefix.replace("/", "-")}`)
      }
    } finally {
      await tab.close()
    }
  })
})

/** A heading with exactly this text, visible. */
async function expectHeading(page: Tab["page"], level: number, name: string): Promise<void> {
  await page.getByRole("heading", { level, name, exact: true }).first().waitFor({ state: "visible", timeout: 10_000 })
}
