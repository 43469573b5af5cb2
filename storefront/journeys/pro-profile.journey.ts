import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { localePath, messagesFor } from "../lib/i18n"
import { signInToPortal } from "./support/beautician"
import { eventually, storeGet } from "./support/booking"
import { sql } from "./support/database"
import { setting, Tab } from "../../scripts/lib/browser-tab"

/**
 * A demo beautician on her phone (issue 17, B1 and B5): signs in to the
 * portal by email, rewrites her bio and adds a work photo from the camera,
 * and sees the change waiting for review beside her public profile — which
 * customers still see unchanged. Her calendar feed's address downloads a
 * calendar holding her job; renewing it, after the warning, kills the old one.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const BEAUTICIAN = { handle: "wang-jing-01", email: "wang-jing-01@doorstep.local", password: "Doorstep2026!" }
const NEW_BIO = "从业十年，专注敏感肌修护。上门前会先电话确认您的肤质。"
const locale = "zh-CN" as const
const t = messagesFor(locale)
const url = (path: string) => `${STOREFRONT}${localePath(locale, path)}`
/** A small PNG, as a phone's camera would hand over a (much larger) photo. */
const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")

let browser: Browser
const CMS = setting("JOURNEY_CMS_URL")
let beauticianId: string
let jobId: string

/** Her published bio as anyone reads it from the cms (the demo profiles are published when the cms starts). */
async function publishedBio(): Promise<string> {
  const answer = await fetch(`${CMS}/api/beautician-profiles?locale=${locale}&filters[beautician_id][$eq]=${beauticianId}`)
  const { data } = (await answer.json()) as { data: Array<{ bio: Array<{ children: Array<{ text: string }> }> }> }
  return (data[0]?.bio ?? []).map((block) => block.children.map((leaf) => leaf.text).join("")).join("\n")
}

beforeAll(async () => {
  browser = await launchChromium()
  ;[{ id: beauticianId }] = await sql<{ id: string }>(`select id from beautician where handle = $1`, [BEAUTICIAN.handle])
  await eventually(publishedBio, (bio) => bio.length > 0, 60_000)
  // Her job, ten days ahead at 10:00 in Shanghai, as dispatch leaves it once she has accepted.
  const { products } = await storeGet<{ products: Array<{ variants: Array<{ id: string }> }> }>("/store/products?handle=tuina-massage&fields=id,*variants")
  // A journey run again on the same platform replaces its job.
  await sql(`delete from appointment where id like 'appt_journey_feed_%'`)
  jobId = `appt_journey_feed_${Date.now()}`
  const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
  await sql(
    `insert into appointment (id, status, customer_id, variant_id, starts_at, ends_at, blocked_from, blocked_until, travel_in_minutes, address, lat, lng, beautician_id)
     values ($1, 'assigned', 'cus_journey_feed', $2, $3::timestamptz, $3::timestamptz + interval '1 hour', $3::timestamptz, $3::timestamptz + interval '1 hour', 0, $4::jsonb, 31.2317, 121.4846, $5)`,
    [jobId, products[0].variants[0].id, `${day}T10:00:00+08:00`, JSON.stringify({ line1: "南京东路 100 号 3 楼", district: "黄浦区", city: "上海", contact_name: "李女士", contact_phone: "13800138000" }), beauticianId],
  )
}, 300_000)

afterAll(async () => {
  await browser?.close()
})

it("edits the profile for review while customers still see the old one, and subscribes to her jobs", async () => {
  const oldBio = await publishedBio()
  const tab = await Tab.open(browser, 390, locale)
  const { page } = tab

  // The portal sends her to sign in first, and back to her profile.
  await tab.visit(url("/pro/profile"))
  expect(new URL(page.url()).pathname).toBe(localePath(locale, "/pro/sign-in"))
  await tab.looksRight("pro-profile-sign-in")
  await signInToPortal(tab, locale, BEAUTICIAN.email, BEAUTICIAN.password)
  await page.waitForURL((address) => address.pathname === localePath(locale, "/pro/profile"))
  await page.getByRole("heading", { name: t.proProfileTitle }).waitFor()
  await tab.looksRight("pro-profile-live")
  expect(await page.getByText(t.proProfileWaiting).count()).toBe(0)

  await page.getByLabel(t.proProfileBio).fill(NEW_BIO)
  await page.locator('input[type="file"][capture="environment"]').setInputFiles({ name: "work.png", mimeType: "image/png", buffer: PHOTO })
  await page.getByRole("img", { name: t.proProfilePhotoAlt(1) }).waitFor()
  await page.getByRole("button", { name: t.proProfileSubmit }).click()
  await page.getByText(t.proProfileSubmitted).waitFor()
  await page.locator(".review-banner").getByText(t.proProfileWaiting, { exact: true }).waitFor()
  const pending = page.getByRole("article", { name: t.proProfilePendingTitle })
  expect(await pending.getByText(NEW_BIO).isVisible()).toBe(true)
  expect(await page.getByRole("article", { name: t.proProfileLiveTitle }).getByText(oldBio.split("\n")[0]).isVisible()).toBe(true)
  await tab.looksRight("pro-profile-waiting")

  // Customers still read what was published.
  await tab.visit(url(`/beauticians/${beauticianId}`))
  expect(await page.getByText(oldBio.split("\n")[0]).isVisible()).toBe(true)
  expect(await page.getByText(NEW_BIO).count()).toBe(0)
  await tab.looksRight("pro-profile-public-unchanged")

  // The calendar feed: her job, by its address alone.
  await tab.visit(url("/pro/profile"))
  const feedUrl = await page.getByLabel(t.proFeedUrlLabel).inputValue()
  expect(await page.getByRole("link", { name: t.proFeedSubscribe }).getAttribute("href")).toBe(feedUrl.replace(/^https?:/, "webcal:"))
  const feed = await fetch(feedUrl)
  expect(feed.headers.get("content-type")).toMatch(/^text\/calendar/)
  const ics = await feed.text()
  expect(ics).toContain(`UID:${jobId}@doorstep`)
  expect(ics).toContain("LOCATION:上海 黄浦区")
  expect(ics).not.toContain("南京东路")

  await page.getByRole("button", { name: t.proFeedRenew }).click()
  await page.getByText(t.proFeedRenewWarning).waitFor()
  await tab.looksRight("pro-profile-feed-renew-warning")
  await page.getByRole("button", { name: t.proFeedRenewConfirm }).click()
  await page.getByText(t.proFeedRenewed).waitFor()
  const renewedUrl = await page.getByLabel(t.proFeedUrlLabel).inputValue()
  expect(renewedUrl).not.toBe(feedUrl)
  expect((await fetch(feedUrl)).status).toBe(404)
  expect(await (await fetch(renewedUrl)).text()).toContain(`UID:${jobId}@doorstep`)
  await tab.looksRight("pro-profile-feed-renewed")
  await tab.close()
})
