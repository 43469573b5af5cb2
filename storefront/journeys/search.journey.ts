import fs from "node:fs"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { messagesFor, type Locale } from "../lib/i18n"
import { setting, Tab, WIDTHS } from "../../scripts/lib/browser-tab"

/**
 * Search: a customer searches (美甲, or "nail" in English), narrows to a
 * category by its chip (whose count is the number of results), sorts by price
 * from low to high, moves to the beauticians and asks for 4.5 stars or more,
 * reloads and finds the same filters, clears them, and sees what an empty
 * result says — on a phone (filters in a sheet) and on a laptop (filters in a
 * column). What commerce answers is the reference for every count.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const COMMERCE = setting("JOURNEY_COMMERCE_URL")
const STORE = { "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY") }
const SEED_DIR = process.env.DOORSTEP_SEED_DIR ?? path.join(__dirname, "..", "..", "scripts", "seed", "data")
const categories = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "categories.json"), "utf8")) as Array<{ handle: string; name: Record<Locale, string> }>
const nails = categories.find((category) => category.handle === "nails")!

const QUERY: Record<Locale, string> = { "zh-CN": "美甲", en: "nail" }

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** How many results commerce finds for this query. */
async function countOf(query: Record<string, string>): Promise<number> {
  const response = await fetch(`${COMMERCE}/store/search?${new URLSearchParams({ ...query, limit: "1" })}`, { headers: STORE })
  if (!response.ok) throw new Error(`/store/search answered ${response.status}`)
  return ((await response.json()) as { count: number }).count
}

const searchUrl = (locale: Locale, query: Record<string, string>) => `${STOREFRONT}${locale === "en" ? "/en" : ""}/search?${new URLSearchParams(query)}`

describe.each(WIDTHS)("searching at %i px", (width) => {
  const phone = width < 900
  describe.each(["zh-CN", "en"] as const)("in %s", (locale) => {
    const t = messagesFor(locale)
    const q = QUERY[locale]

    /** On a phone the filters open in a sheet first; on a laptop they are beside the results. */
    async function filters(page: Page) {
      if (phone) await page.getByRole("button", { name: new RegExp(`^${t.searchFilters}`) }).click()
      const sheet = page.locator("#search-sheet")
      await sheet.waitFor({ state: "visible" })
      return sheet
    }

    /** Chooses a chip: at once on a laptop; on a phone, then the sheet's button, which says by then how many results it shows. */
    async function choose(page: Page, group: string, chip: string, expected: number, param: string) {
      const sheet = await filters(page)
      await sheet.getByRole("group", { name: group }).getByRole("radio", { name: chip, exact: true }).check()
      if (phone) await sheet.getByRole("button", { name: t.searchShowResults(expected) }).click()
      await page.waitForURL((url) => url.searchParams.has(param))
      await page.getByText(t.searchCount(expected), { exact: true }).waitFor()
    }

    it("narrows by category, sorts by price, filters beauticians by rating, keeps it all in the URL, and clears it", async () => {
      const tab = await Tab.open(browser, width, locale)
      const { page } = tab
      try {
        // The words, typed into the search box.
        await tab.visit(`${STOREFRONT}${locale === "en" ? "/en" : ""}/search`)
        await page.getByRole("searchbox", { name: t.searchLabel }).fill(q)
        await page.getByRole("searchbox", { name: t.searchLabel }).press("Enter")
        await page.waitForURL((url) => url.searchParams.get("q") === q)
        await page.getByRole("heading", { level: 1, name: t.searchTitle(q) }).waitFor()
        const all = await countOf({ q, locale })
        expect(all).toBeGreaterThan(0)
        await page.getByText(t.searchCount(all), { exact: true }).waitFor()
        await tab.looksRight(`${locale}-search`)

        // The category chip says how many services it holds; choosing it shows exactly those.
        const inNails = await countOf({ q, locale, category: "nails" })
        expect(inNails).toBeGreaterThan(1)
        await choose(page, t.searchCategory, t.searchWithCount(nails.name[locale], inNails), inNails, "category")
        expect(await page.locator(".search-hits > li").count()).toBe(Math.min(inNails, 20))
        await tab.looksRight(`${locale}-search-category`)

        // Cheapest first: the prices on the page go up.
        await page.getByRole("navigation", { name: t.searchSort }).getByRole("link", { name: t.searchSortNames.price_asc }).click()
        await page.waitForURL((url) => url.searchParams.get("sort") === "price_asc" && url.searchParams.get("category") === "nails")
        await page.getByRole("link", { name: t.searchSortNames.price_asc, exact: true }).and(page.locator('[aria-current="true"]')).waitFor()
        const prices = (await page.locator("[data-price-fen]").evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-price-fen"))))) as number[]
        expect(prices.length).toBe(Math.min(inNails, 20))
        expect(prices).toEqual([...prices].sort((a, b) => a - b))
        await expect(page.locator(".search-hit-price").first().innerText()).resolves.toMatch(/^¥\d/)

        // Beauticians rated 4.5 or more: each shown has that rating.
        await page.getByRole("navigation", { name: t.searchTabs }).getByRole("link", { name: new RegExp(`^${t.resultBeauticians}`) }).click()
        await page.waitForURL((url) => url.searchParams.get("type") === "beautician" && !url.searchParams.has("category"))
        const rated = await countOf({ q, locale, type: "beautician", min_rating: "4.5" })
        await choose(page, t.searchRating, t.searchRatingAtLeast(4.5), rated, "min_rating")
        const ratings = (await page.locator("[data-rating]").evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-rating"))))) as number[]
        expect(ratings.length).toBe(Math.min(rated, 20))
        expect(ratings.filter((rating) => rating < 4.5)).toEqual([])
        await tab.looksRight(`${locale}-search-rating`)

        // A reload keeps every choice: it is all in the URL.
        const before = page.url()
        await page.reload({ waitUntil: "networkidle" })
        expect(page.url()).toBe(before)
        await page.getByText(t.searchCount(rated), { exact: true }).waitFor()
        const sheet = await filters(page)
        await expect(sheet.getByRole("radio", { name: t.searchRatingAtLeast(4.5), exact: true }).isChecked()).resolves.toBe(true)
        if (phone) {
          await sheet.getByRole("button", { name: t.searchCloseFilters }).click()
          await sheet.waitFor({ state: "hidden" })
          // Checked open; widening the window to the laptop's closes it (the filters are in the column there).
          await filters(page)
          await tab.looksRight(`${locale}-search-sheet`)
          await filters(page)
        }

        // Clearing keeps the words and the tab, and drops the filters.
        await page.getByRole("link", { name: t.searchClear, exact: true }).click()
        await page.waitForURL((url) => !url.searchParams.has("min_rating") && url.searchParams.get("type") === "beautician")
        await page.getByText(t.searchCount(await countOf({ q, locale, type: "beautician" })), { exact: true }).waitFor()
        await tab.looksRight(`${locale}-search-cleared`)

        // Nothing in that price range: the page says so and offers to clear the filters.
        await tab.visit(searchUrl(locale, { q, type: "service", min_price: "99999" }))
        await page.getByText(t.searchFilteredEmpty).waitFor()
        await tab.looksRight(`${locale}-search-empty-filtered`)
        await tab.follow(t.searchClearFilters, /\/search$/)
        await page.waitForURL((url) => !url.searchParams.has("min_price"))
        await page.getByText(t.searchCount(await countOf({ q, locale, type: "service" })), { exact: true }).waitFor()

        // Words that match nothing.
        await tab.visit(searchUrl(locale, { q: "zzqxv" }))
        await page.getByText(t.searchEmpty).waitFor()
        await tab.looksRight(`${locale}-search-empty`)
      } finally {
        await tab.close()
      }
    })
  })
})
