import fs from "node:fs"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { localePath, messagesFor, type Locale } from "../lib/i18n"
import { errorText } from "../lib/messages/errors"
import { ADDRESS, beauticianAccepts, beauticianFinishes, cameraPhoto, customerToken, enterAddress, HUANGPU, eventually, holdTomorrow, newPhone, payHeldTimeByQr, payOnScanPage, signInByPhone, storeGet } from "./support/booking"
import { setting, Tab } from "../../scripts/lib/browser-tab"

/**
 * Booking, as a new customer on a phone or a laptop: the address, tomorrow's
 * first free time with any beautician, signing up by SMS code inline, paying
 * through the local WeChat Pay (QR code, scanned on the simulator's "phone")
 * or Alipay (its phone cashier) simulators, and the appointment's page, which
 * changes by itself when the beautician accepts. Then cancelling with the fee
 * the quote names, and two customers reaching for the same time at once.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
/** Its beauticians perform no tuina, which the browse journey checks reviews and ratings of. */
const SERVICE = "hydrating-facial"
const SEED_DIR = process.env.DOORSTEP_SEED_DIR ?? path.join(__dirname, "..", "..", "scripts", "seed", "data")
const services = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "services.json"), "utf8")) as Array<{ handle: string; variants: Array<{ price_fen: number; duration_minutes: number }> }>
/** What the booking page's preselected option (the shortest) costs. */
const PRICE_FEN = [...services.find((s) => s.handle === SERVICE)!.variants].sort((a, b) => a.duration_minutes - b.duration_minutes)[0].price_fen

type Appointment = { id: string; status: string; payment_status: string; start: string; beautician_id: string; paid_fen: number | null; refund_fen: number | null }
type Quote = { allowed: boolean; fee_fen: number; refund_fen: number }

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const url = (locale: Locale, path: string) => `${STOREFRONT}${localePath(locale, path)}`
const appointmentIdIn = (page: Page) => new URL(page.url()).pathname.split("/").pop()!

describe("booking and paying", () => {
  it("WeChat Pay on a laptop: a new customer books any beautician for tomorrow, pays by QR code, and sees the beautician accept live", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 1366, locale)
    const { page } = tab
    try {
      await holdTomorrow(tab, locale, SERVICE, { phone: newPhone() })
      await page.getByRole("timer").getByText(t.heldFor).waitFor()
      await tab.looksRight(`${locale}-checkout`)
      const id = appointmentIdIn(page)
      const token = await customerToken(page)
      const { appointment: held } = await storeGet<{ appointment: Appointment }>(`/store/appointments/${id}`, token)
      expect(held.status).toBe("held")

      await page.getByRole("button", { name: new RegExp(t.payNow("")) }).click()
      await page.getByRole("heading", { name: t.scanTitle }).waitFor()
      await page.getByRole("img", { name: t.scanTitle }).waitFor()
      await tab.looksRight(`${locale}-checkout-qr`)

      // The customer's phone: the simulator's scan page lists the order; paying there notifies commerce.
      await payOnScanPage(page)

      await page.waitForURL(/\/appointments\/[^/?]+\?paid=1/)
      await page.getByTestId("headline").getByText(t.status.confirmed).waitFor()
      await page.getByText(t.paidJustNow).waitFor()
      await page.getByTestId("payment-status").getByText(t.paymentStatus.paid, { exact: true }).waitFor()
      await page.locator(".live[data-connected=true]").waitFor()
      await tab.looksRight(`${locale}-paid`)
      const { appointment: paid } = await storeGet<{ appointment: Appointment }>(`/store/appointments/${id}`, token)
      expect(paid).toMatchObject({ status: "confirmed", payment_status: "paid", paid_fen: PRICE_FEN })

      // The beautician takes the job on their phone; the open page says who comes, without a reload.
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
      const { name } = await beauticianAccepts(id)
      await page.getByTestId("headline").getByText(t.whoComes(name)).waitFor({ timeout: 20_000 })
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
      await tab.looksRight(`${locale}-assigned`)
    } finally {
      await tab.close()
    }
  })

  it("Alipay on a phone, in English: the phone cashier, then back to the appointment", async () => {
    const locale = "en"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 390, locale)
    const { page } = tab
    try {
      await holdTomorrow(tab, locale, SERVICE, { phone: newPhone() })
      await page.getByRole("radio", { name: t.alipay }).check()
      await tab.looksRight(`${locale}-checkout`)
      await page.getByRole("button", { name: new RegExp(t.payNow("")) }).click()
      // Alipay's phone cashier (the simulator's), then its redirect back to the storefront.
      await page.waitForURL(/\/gateway\.do/)
      await page.getByRole("button").first().click()
      await page.waitForURL(/\/en\/appointments\/[^/?]+\?paid=1/)
      await page.getByTestId("headline").getByText(t.status.confirmed).waitFor()
      await page.getByTestId("payment-status").getByText(t.paymentStatus.paid, { exact: true }).waitFor()
      await tab.looksRight(`${locale}-paid`)
    } finally {
      await tab.close()
    }
  })
})

describe("signing in with WeChat", () => {
  it("confirms on WeChat's page and comes back signed in, where the customer was going", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 390, locale)
    const { page } = tab
    try {
      await tab.visit(`${url(locale, "/sign-in")}?next=${encodeURIComponent("/appointments")}`)
      await page.getByRole("button", { name: t.byWechat }).click()
      // The local stand-in for WeChat's page, where the person holding the phone confirms.
      await page.getByRole("link", { name: "确认登录" }).click()
      await page.waitForURL(/\/appointments$/)
      await page.getByRole("heading", { level: 1, name: t.appointmentsTitle }).waitFor()
      await tab.looksRight(`${locale}-wechat-signed-in`)
      const me = await storeGet<{ customer: { email: string } }>("/store/customers/me", await customerToken(page))
      expect(me.customer.email).toMatch(/@wechat\.doorstep\.invalid$/)
    } finally {
      await tab.close()
    }
  })
})

describe("after booking", () => {
  it("cancelling shows the quote's fee and refund before confirming, then the refund", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 1366, locale)
    const { page } = tab
    try {
      await holdTomorrow(tab, locale, SERVICE, { phone: newPhone() })
      await payHeldTimeByQr(page, locale)
      const id = appointmentIdIn(page)
      const token = await customerToken(page)
      await page.getByRole("button", { name: t.cancel }).click()
      const { quote } = await storeGet<{ quote: Quote }>(`/store/appointments/${id}/cancellation-quote`, token)
      const yuan = (fen: number) => `¥${fen / 100}`
      const expected = quote.fee_fen > 0 ? t.cancelQuote(yuan(quote.fee_fen), yuan(quote.refund_fen)) : t.cancelFree(yuan(quote.refund_fen))
      await expect(page.getByTestId("cancel-quote").innerText()).resolves.toBe(expected)
      await tab.looksRight(`${locale}-cancel-quote`)
      await page.getByRole("button", { name: t.confirmCancel }).click()
      await page.getByTestId("headline").getByText(t.status.cancelled).waitFor()
      const refunded = await eventually(
        async () => (await storeGet<{ appointment: Appointment }>(`/store/appointments/${id}`, token)).appointment,
        (a) => a.payment_status !== "paid",
      )
      expect(refunded.refund_fen).toBe(quote.refund_fen)
      await page.reload()
      await page.getByTestId("payment-status").getByText(t.paymentStatus[refunded.payment_status as keyof typeof t.paymentStatus], { exact: true }).waitFor()
      await tab.looksRight(`${locale}-cancelled`)
    } finally {
      await tab.close()
    }
  })

  it("after the visit, on a phone: the customer reviews it with a photo, sees it on the beautician's profile, and tips through WeChat Pay", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 390, locale)
    const { page } = tab
    try {
      await holdTomorrow(tab, locale, SERVICE, { phone: newPhone() })
      await payHeldTimeByQr(page, locale)
      const id = appointmentIdIn(page)
      const beautician = await beauticianAccepts(id)
      await beauticianFinishes(id, beautician.token)
      await page.getByTestId("headline").getByText(t.status.completed).waitFor({ timeout: 20_000 })

      await page.getByRole("radio", { name: t.ratingStars(4) }).check()
      await page.getByLabel(t.reviewText).fill("准时到达，皮肤水润了很多。")
      // The phone's camera (or album) hands over a photo; it uploads at once and shows as a thumbnail.
      await page.getByLabel(t.addPhotos).setInputFiles(await cameraPhoto(page))
      const picked = page.getByTestId("picked-photo")
      await picked.and(page.locator(".stored")).waitFor({ timeout: 20_000 })
      await tab.looksRight(`${locale}-review-photo`)
      await page.getByRole("button", { name: t.submitReview }).click()

      // The visit's page now shows the review in place of the form.
      await page.getByRole("heading", { name: t.yourReview }).waitFor()
      await page.getByText(t.reviewThanks).waitFor()
      await expect(page.getByRole("button", { name: t.submitReview }).count()).resolves.toBe(0)
      await page.getByRole("button", { name: t.openPhoto(1, 1) }).waitFor()
      const token = await customerToken(page)
      const { appointment } = await storeGet<{ appointment: Appointment }>(`/store/appointments/${id}`, token)
      const { reviews } = await storeGet<{ reviews: Array<{ rating: number; text: string; photos: Array<{ url: string; thumbnail_url: string }> }> }>(`/store/beauticians/${appointment.beautician_id}/reviews`)
      const mine = reviews.find((r) => r.text === "准时到达，皮肤水润了很多。")
      expect(mine).toMatchObject({ rating: 4, photos: [{ url: expect.stringMatching(/\/uploads\/review_.+\.jpg$/), thumbnail_url: expect.stringMatching(/^http/) }] })

      await page.getByRole("radio", { name: "¥50" }).click()
      await tab.looksRight(`${locale}-tip`)
      await page.getByRole("button", { name: t.tipPay("¥50") }).click()
      await page.getByRole("heading", { name: t.scanTitle }).waitFor()
      await payOnScanPage(page)
      await page.getByText(t.tipPaid("¥50")).waitFor({ timeout: 20_000 })
      await tab.looksRight(`${locale}-tipped`)

      // Anyone reading the beautician's profile sees the photo, and opens it larger.
      await tab.visit(url(locale, `/beauticians/${appointment.beautician_id}`))
      const review = page.locator(".review-list li").filter({ hasText: "准时到达，皮肤水润了很多。" })
      const thumbnail = review.getByRole("button", { name: t.openPhoto(1, 1) })
      await expect(thumbnail.locator("img").evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth > 0))).resolves.toBe(true)
      await tab.looksRight(`${locale}-profile-review-photo`)
      await thumbnail.click()
      const viewer = page.getByRole("dialog", { name: t.photoAlt(1, 1) })
      await viewer.getByRole("img", { name: t.photoAlt(1, 1) }).waitFor()
      await expect(viewer.locator("img").evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBe(1200)
      await tab.looksRight(`${locale}-profile-photo-open`)
      await viewer.getByRole("button", { name: t.closePhoto }).click()
      await viewer.waitFor({ state: "hidden" })
    } finally {
      await tab.close()
    }
  })

  it("two customers take the same time with the same beautician at once: one holds it, the other is told and offered other times", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    // Someone who has free times tomorrow at the address, for the first option (the one the booking page preselects).
    const variant = await firstOption()
    const { slots } = await storeGet<{ slots: Array<{ beautician_ids: string[] }> }>(
      `/store/availability?variant_id=${variant}&lat=${HUANGPU.lat}&lng=${HUANGPU.lng}&district=${encodeURIComponent(ADDRESS.district)}&date=${tomorrow()}`,
    )
    const chosen = slots[0].beautician_ids[0]
    const tabs = await Promise.all([Tab.open(browser, 390, locale), Tab.open(browser, 1366, locale)])
    try {
      // Both sign up first (through a hold each at another time), then come back for the same time.
      for (const tab of tabs) {
        await tab.visit(url(locale, "/sign-in"))
        await signInByPhone(tab.page, locale, newPhone())
        await tab.page.waitForURL(/\/appointments$/)
      }
      const times: string[][] = []
      for (const tab of tabs) {
        await tab.visit(url(locale, `/services/${SERVICE}/book?beautician=${chosen}`))
        await enterAddress(tab.page, locale)
        const tomorrow = tab.page.getByRole("radio", { name: new RegExp(t.tomorrow) })
        await tomorrow.click()
        // Tomorrow's times, not the ones of the day shown before the click.
        await tab.page.locator('[role="radio"][aria-checked="true"]', { hasText: t.tomorrow }).waitFor()
        await tab.page.locator(".slot").first().waitFor()
        await tab.page.getByRole("status").filter({ hasText: t.loadingSlots }).waitFor({ state: "detached" })
        times.push(await tab.page.locator(".slot").allInnerTexts())
      }
      const time = times[0].find((x) => times[1].includes(x))
      if (!time) throw new Error(`The two customers were shown no time in common: ${JSON.stringify(times)}`)
      for (const tab of tabs) await tab.page.getByRole("button", { name: time, exact: true }).click()
      await Promise.all(tabs.map((tab) => tab.page.getByRole("button", { name: t.holdAndPay }).click()))
      const outcomes = await Promise.all(
        tabs.map((tab) =>
          Promise.race([
            tab.page.waitForURL(/\/checkout\//).then(() => "held" as const),
            tab.page.getByRole("alert").getByText(errorText(locale, "SLOT_UNAVAILABLE")).waitFor().then(() => "refused" as const),
          ]),
        ),
      )
      expect([...outcomes].sort()).toEqual(["held", "refused"])
      const loser = tabs[outcomes.indexOf("refused")]
      // Other times are shown again, without the one just taken.
      await loser.page.locator(".slot").first().waitFor()
      expect(await loser.page.locator(".slot").allInnerTexts()).not.toContain(time)
      await loser.looksRight(`${locale}-slot-taken`)
    } finally {
      await Promise.all(tabs.map((tab) => tab.close()))
    }
  })
})

/** The service's shortest option: the booking page lists options by duration and preselects the first. */
async function firstOption(): Promise<string> {
  const { products } = await storeGet<{ products: Array<{ variants: Array<{ id: string; metadata: { duration_minutes: number } }> }> }>(
    `/store/products?handle=${SERVICE}&fields=id,*variants,%2Bvariants.metadata`,
  )
  return [...products[0].variants].sort((a, b) => a.metadata.duration_minutes - b.metadata.duration_minutes)[0].id
}

/** Tomorrow in Shanghai, as `YYYY-MM-DD`. */
const tomorrow = () => new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10)
