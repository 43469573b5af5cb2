import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { localePath, messagesFor, type Locale } from "../lib/i18n"
import { ADDRESS, customerToken, eventually, HUANGPU, newPhone, signInByPhone, storeGet } from "./support/booking"
import { sql } from "./support/database"
import { setting, Tab } from "../../scripts/lib/browser-tab"

/**
 * Recommendations (C5): a guest sees what is popular nearby, each suggestion
 * with its reason, and on a service page what is booked with it; asked to
 * sign in to keep a favourite. A new customer favourites a beautician on her
 * profile, finds her in the account with her next free times, and removes
 * her; turns the viewing history on, opens a service, finds it in the
 * history and clears it, then withdraws consent; and, once a past booking of
 * theirs exists, finds "because you booked …" on the home page. The guest
 * walks in English, the customer in Chinese.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const url = (locale: Locale, path: string) => `${STOREFRONT}${localePath(locale, path)}`

type Product = { id: string; handle: string; title: string; variants: Array<{ id: string }> }
const products = async () => (await storeGet<{ products: Product[] }>("/store/products?limit=200&fields=id,handle,title,*variants")).products

/** Statuses that are bookings to the recommender (held, expired and cancelled are not). */
const BOOKED = "('confirmed','assigned','en_route','arrived','in_service','completed','no_show')"

/**
 * Two services at least two customers booked both of: what "booked together"
 * needs. The demo's history is used when it has such a pair; otherwise two
 * journey customers book a pair (before any page asks commerce for
 * suggestions, so its summary of everyone's bookings includes them).
 */
async function bookedTogether(all: Product[]): Promise<{ anchor: Product; partner: Product }> {
  const byId = new Map(all.map((p) => [p.id, p]))
  const pairs = await sql<{ a: string; b: string }>(
    `with booked as (select distinct a.customer_id, v.product_id from appointment a join product_variant v on v.id = a.variant_id
                     where a.status in ${BOOKED} and a.deleted_at is null)
     select x.product_id as a, y.product_id as b from booked x join booked y on x.customer_id = y.customer_id and x.product_id <> y.product_id
     group by 1, 2 having count(*) >= 2 order by count(*) desc`,
  )
  const found = pairs.find((pair) => byId.has(pair.a) && byId.has(pair.b))
  if (found) return { anchor: byId.get(found.a)!, partner: byId.get(found.b)! }
  const [anchor, partner] = all.filter((p) => p.variants.length > 0)
  for (const customer of ["cus_journey_recs_1", "cus_journey_recs_2"]) {
    for (const [i, product] of [anchor, partner].entries()) await pastBooking(`appt_journey_recs_${customer}_${i}`, customer, product.variants[0].id, 30 + i)
  }
  return { anchor, partner }
}

/** A completed visit `daysAgo` days back, as the appointment module keeps it. */
async function pastBooking(id: string, customerId: string, variantId: string, daysAgo: number): Promise<void> {
  const [{ id: beauticianId }] = await sql<{ id: string }>(`select id from beautician order by handle limit 1`)
  await sql(`delete from appointment where id = $1`, [id])
  await sql(
    `insert into appointment (id, status, customer_id, variant_id, starts_at, ends_at, blocked_from, blocked_until, travel_in_minutes, address, lat, lng, beautician_id)
     values ($1, 'completed', $2, $3, now() - $4 * interval '1 day', now() - $4 * interval '1 day' + interval '1 hour', now() - $4 * interval '1 day', now() - $4 * interval '1 day' + interval '1 hour', 0, $5::jsonb, $6, $7, $8)`,
    [id, customerId, variantId, daysAgo, JSON.stringify({ line1: ADDRESS.line1, district: ADDRESS.district, city: "上海市", contact_name: ADDRESS.contact, contact_phone: ADDRESS.phone }), HUANGPU.lat, HUANGPU.lng, beauticianId],
  )
}

let browser: Browser
let pair: { anchor: Product; partner: Product }
beforeAll(async () => {
  browser = await launchChromium()
  pair = await bookedTogether(await products())
}, 120_000)
afterAll(async () => {
  await browser?.close()
})

describe("recommendations", () => {
  it("a guest sees popular services with their reasons, and what is booked with a service, in English", async () => {
    const locale = "en"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 1366, locale)
    const { page } = tab
    try {
      await tab.visit(url(locale, "/"))
      const row = page.getByRole("region", { name: t.forYouTitle })
      await row.getByText(t.forYouGuestHint).waitFor()
      const popular = row.locator('[data-reason="popular_nearby"]')
      expect(await popular.count()).toBeGreaterThan(0)
      await popular.first().getByText(/^Booked \d+ times? (near you|across the city) in 90 days$/).waitFor()
      await tab.looksRight("recommendations-en-home-guest")

      // The service page suggests what is booked with it, never itself.
      await tab.visit(url(locale, `/services/${pair.anchor.handle}`))
      const withThis = page.getByRole("region", { name: t.bookedWithTitle })
      await withThis.waitFor()
      expect(await withThis.locator(`a[href="/en/services/${pair.anchor.handle}"]`).count()).toBe(0)
      const partner = withThis.locator(`[data-reason="booked_together"]:has(a[href="/en/services/${pair.partner.handle}"])`)
      await partner.getByText(/^Often booked with .+$/).waitFor()
      await tab.looksRight("recommendations-en-service-guest")

      // A guest's heart asks them to sign in, and comes back to the profile.
      await tab.visit(url(locale, "/"))
      const profile = page.locator('a.beautician-card[href^="/en/beauticians/"]').first()
      const profilePath = (await profile.getAttribute("href"))!
      await profile.click()
      await page.waitForURL((u) => u.pathname === profilePath)
      await page.getByRole("link", { name: t.favouriteSignIn }).click()
      await page.waitForURL((u) => u.pathname === "/en/sign-in" && u.searchParams.get("next") === profilePath)
    } finally {
      await tab.close()
    }
  }, 180_000)

  it("a customer keeps a favourite, a viewing history, and is told why services are suggested, on a phone", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 390, locale)
    const { page } = tab
    try {
      // From a beautician's profile, to sign in, and back to favourite her.
      await tab.visit(url(locale, "/"))
      const profile = page.locator('a.beautician-card[href^="/beauticians/"]').first()
      const profilePath = (await profile.getAttribute("href"))!
      const beauticianId = profilePath.split("/").pop()!
      await tab.visit(url(locale, profilePath))
      await page.getByRole("link", { name: t.favouriteSignIn }).click()
      await page.waitForURL((u) => u.pathname === "/sign-in")
      await signInByPhone(page, locale, newPhone())
      await page.waitForURL((u) => u.pathname === profilePath)
      const token = await customerToken(page)
      const { customer } = await storeGet<{ customer: { id: string } }>("/store/customers/me", token)
      // A saved address near People's Square: free times are worked out for it.
      const saved = await fetch(`${setting("JOURNEY_COMMERCE_URL")}/store/customers/me/addresses`, {
        method: "POST",
        headers: { "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY"), authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ address_1: ADDRESS.line1, city: "上海市", country_code: "cn", first_name: ADDRESS.contact, phone: ADDRESS.phone, metadata: { district: ADDRESS.district, ...HUANGPU } }),
      })
      expect(saved.status).toBe(200)

      const heart = page.getByRole("button", { name: t.favourite, exact: true })
      expect(await heart.getAttribute("aria-pressed")).toBe("false")
      await heart.click()
      await page.getByRole("status").filter({ hasText: /已收藏/ }).waitFor()
      // Pressed, the button says so in words (已收藏), not by its heart and state alone.
      const favourited = page.getByRole("button", { name: t.favouriteOn, exact: true })
      expect(await favourited.getAttribute("aria-pressed")).toBe("true")
      expect(await heart.count()).toBe(0)
      const { favourites } = await storeGet<{ favourites: Array<{ beautician: { id: string; display_name: string } }> }>("/store/favourites", token)
      expect(favourites.map((f) => f.beautician.id)).toEqual([beauticianId])
      const name = favourites[0].beautician.display_name
      await tab.looksRight("recommendations-zh-profile-favourite")

      // The account lists her with her next free times, each a way into booking with her; then she is removed.
      await tab.visit(url(locale, "/account"))
      const favourite = page.getByTestId("favourite").filter({ hasText: name })
      const times = favourite.getByRole("list", { name: t.freeTimesWith(name) })
      await times.waitFor()
      const first = times.getByRole("link").first()
      expect(await first.getAttribute("href")).toMatch(new RegExp(`^/services/[^/]+/book\\?beautician=${beauticianId}&option=[^&]+&start=`))
      await tab.looksRight("recommendations-zh-account-favourites")
      await favourite.getByRole("button", { name: t.favouriteRemoveNamed(name) }).click()
      await page.getByRole("status").getByText(t.favouriteRemoved(name)).waitFor()
      await page.getByText(t.favouritesEmpty).waitFor()
      expect((await storeGet<{ favourites: unknown[] }>("/store/favourites", token)).favourites).toEqual([])

      // The viewing history is off until turned on; a service opened then is in it, until cleared.
      const history = page.getByRole("switch", { name: t.historySwitch })
      expect(await history.isChecked()).toBe(false)
      await page.getByText(t.historyOffEmpty).waitFor()
      await history.check()
      await page.getByRole("status").getByText(t.historyOn).waitFor()
      await tab.visit(url(locale, `/services/${pair.partner.handle}`))
      await eventually(
        () => storeGet<{ views: Array<{ product_id: string }> }>("/store/viewing-history", token),
        (h) => h.views.some((v) => v.product_id === pair.partner.id),
      )
      await tab.visit(url(locale, "/account"))
      const viewed = page.getByRole("list", { name: t.historyTitle })
      await viewed.getByRole("link", { name: pair.partner.title }).waitFor()
      await tab.looksRight("recommendations-zh-account-history")
      await page.getByRole("button", { name: t.historyClear }).click()
      await page.getByRole("status").getByText(t.historyCleared(1)).waitFor()
      expect((await storeGet<{ views: unknown[] }>("/store/viewing-history", token)).views).toEqual([])

      // Withdrawing consent clears what was kept, and says so.
      await tab.visit(url(locale, `/services/${pair.partner.handle}`))
      await eventually(
        () => storeGet<{ views: unknown[] }>("/store/viewing-history", token),
        (h) => h.views.length === 1,
      )
      await tab.visit(url(locale, "/account"))
      await page.getByRole("switch", { name: t.historySwitch }).uncheck()
      await page.getByRole("status").getByText(t.historyOffCleared).waitFor()
      expect(await storeGet("/store/viewing-history", token)).toMatchObject({ consent: false, views: [] })

      // Once they have had the anchor service, home says what is booked with it, and why.
      await pastBooking(`appt_journey_recs_${customer.id}`, customer.id, pair.anchor.variants[0].id, 10)
      await tab.visit(url(locale, "/"))
      const forYou = page.getByRole("region", { name: t.forYouTitle })
      await forYou.locator('[data-reason="booked_together"]').getByText(t.becauseBooked(pair.anchor.title)).first().waitFor()
      await tab.looksRight("recommendations-zh-home-customer")
    } finally {
      await tab.close()
    }
  }, 300_000)
})
