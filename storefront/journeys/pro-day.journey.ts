import crypto from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import sharp from "sharp"
import { launchChromium } from "../../scripts/lib/browser"
import { localePath, messagesFor, type Locale } from "../lib/i18n"
import { formatCny } from "../lib/money"
import { formatWhen } from "../lib/time"
import { ADDRESS, customerToken, eventually, HUANGPU, holdTomorrow, newPhone, payHeldTimeByQr, storeGet } from "./support/booking"
import { proApi, signInToPortal } from "./support/beautician"
import { sql } from "./support/database"
import { setting, Tab } from "../../scripts/lib/browser-tab"

/**
 * A beautician's working day on a phone: with the offers page open (and
 * notifications turned on), a customer books and pays; the offer appears
 * without a reload and commerce wakes the phone's push subscription; the
 * beautician accepts, finds the job on today's route and map, goes, arrives,
 * starts, records the service with photos from the camera, completes, and
 * sees what the job earned. Today's route stays readable offline. The
 * portal is an installable app: its manifests, icons and service worker.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const COMMERCE = setting("JOURNEY_COMMERCE_URL")
const SERVICE = "hydrating-facial"
const SHOTS = process.env.JOURNEY_SCREENSHOTS_DIR

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
}, 300_000)
afterAll(async () => {
  await browser?.close()
})

const url = (locale: Locale, to: string) => `${STOREFRONT}${localePath(locale, to)}`

/** Tomorrow in Shanghai, as `YYYY-MM-DD`. */
const tomorrow = () => new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10)


/** A beautician free tomorrow at the journeys' address for the service's first option: the customer books them by name. */
async function freeBeautician(): Promise<{ id: string; email: string }> {
  const { products } = await storeGet<{ products: Array<{ variants: Array<{ id: string; metadata: { duration_minutes: number } }> }> }>(
    `/store/products?handle=${SERVICE}&fields=id,*variants,%2Bvariants.metadata`,
  )
  const variant = [...products[0].variants].sort((a, b) => a.metadata.duration_minutes - b.metadata.duration_minutes)[0].id
  const { slots } = await storeGet<{ slots: Array<{ beautician_ids: string[] }> }>(
    `/store/availability?variant_id=${variant}&lat=${HUANGPU.lat}&lng=${HUANGPU.lng}&district=${encodeURIComponent(ADDRESS.district)}&date=${tomorrow()}`,
  )
  const id = slots[0].beautician_ids.at(-1)!
  const [{ email }] = await sql<{ email: string }>(`select email from beautician where id = $1`, [id])
  return { id, email }
}



/**
 * A stand-in for the browser's push service, which a test machine cannot
 * reach: the page's `PushManager` answers with a subscription whose endpoint
 * is this loopback server (commerce sends to loopback outside production),
 * and real P-256 keys, so commerce encrypts and signs each message as it
 * would for FCM. The server keeps what it receives.
 */
async function loopbackPushService() {
  const received: Array<{ headers: http.IncomingHttpHeaders; bytes: number }> = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      received.push({ headers: request.headers, bytes: Buffer.concat(chunks).length })
      response.writeHead(201).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const ecdh = crypto.createECDH("prime256v1")
  ecdh.generateKeys()
  const subscription = {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/push/${crypto.randomBytes(6).toString("hex")}`,
    expirationTime: null,
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: crypto.randomBytes(16).toString("base64url") },
  }
  const installIn = (page: Page) =>
    page.addInitScript((json) => {
      let current: unknown = null
      const fake = { ...json, toJSON: () => json, unsubscribe: async () => ((current = null), true) }
      PushManager.prototype.subscribe = async () => ((current = fake), fake as unknown as PushSubscription)
      PushManager.prototype.getSubscription = async () => current as PushSubscription | null
    }, subscription)
  return { subscription, received, installIn, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** A photo as a phone's camera would hand it over: a small PNG, made here. */
const photo = async (colour: string) => sharp({ create: { width: 120, height: 90, channels: 3, background: colour } }).png().toBuffer()

async function screenshot(page: Page, name: string) {
  if (!SHOTS) return
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

/** The appointment the customer's page shows after paying. */
const paidAppointment = (page: Page) => new URL(page.url()).pathname.split("/").pop()!

/** The offer of this appointment on the open offers page, once it is there (known by its time). */
async function offerOf(page: Page, appointmentId: string, locale: Locale) {
  const [{ starts_at }] = await sql<{ starts_at: Date }>(`select starts_at from appointment where id = $1`, [appointmentId])
  const offer = page.locator(".offer-card").filter({ hasText: formatWhen(starts_at.toISOString(), locale) })
  await offer.waitFor({ timeout: 20_000 })
  return offer
}

describe("the beautician's day", () => {
  test("an offer arrives live and by push, is accepted, worked through with photos and completed; the pay shows; today reads offline", async () => {
    const locale: Locale = "zh-CN"
    const t = messagesFor(locale)
    const beautician = await freeBeautician()
    const push = await loopbackPushService()
    const pro = await Tab.open(browser, 390, locale)
    const customer = await Tab.open(browser, 390, locale)
    const wide = await Tab.open(browser, 1366, locale)
    const { page } = pro
    try {
      await pro.page.context().grantPermissions(["notifications", "geolocation"], { origin: STOREFRONT })
      await pro.page.context().setGeolocation({ latitude: HUANGPU.lat, longitude: HUANGPU.lng })
      await push.installIn(page)
      await pro.visit(url(locale, "/pro"), 200, "load")
      await signInToPortal(pro, locale, beautician.email)
      await page.waitForURL((u) => u.pathname === "/pro")
      await page.getByRole("heading", { name: t.offersTitle, exact: true }).waitFor()
      await page.locator(".live[data-connected=true]").waitFor()
      // Nothing is asked on load: notifications come on with the button only.
      await page.getByRole("button", { name: t.pushTurnOn }).click()
      await page.getByText(t.pushOn).waitFor()
      const stored = await sql<{ endpoint: string }>(`select endpoint from push_subscription where endpoint = $1 and deleted_at is null`, [push.subscription.endpoint])
      expect(stored).toHaveLength(1)
      await pro.looksRight("pro-day-offers")

      // The customer books this beautician for tomorrow and pays; the open offers page shows it by itself.
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
      await holdTomorrow(customer, locale, SERVICE, { phone: newPhone(), beautician: beautician.id, step: "pro-day-customer" })
      await payHeldTimeByQr(customer.page, locale)
      const appointmentId = paidAppointment(customer.page)
      const offer = await offerOf(page, appointmentId, locale)
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
      await offer.getByRole("timer").getByText(/\d:\d\d/).waitFor()
      await expect(offer.getByText(ADDRESS.district).count()).resolves.toBeGreaterThan(0)
      await pro.looksRight("pro-day-offer")
      // The phone was woken as well: commerce sent the offer, encrypted and signed, to its push subscription.
      const woken = await eventually(
        async () => push.received,
        (received) => received.length > 0,
        15_000,
      )
      expect(woken[0].headers).toMatchObject({ "content-encoding": "aes128gcm", authorization: expect.stringMatching(/^vapid t=/) })

      // One tap takes it; the job's page opens.
      await offer.getByRole("button", { name: t.offerAccept }).click()
      await page.waitForURL((u) => u.pathname === `/pro/jobs/${appointmentId}`)
      await page.getByRole("button", { name: t.jobStep.en_route }).waitFor()
      await pro.looksRight("pro-day-job-assigned")

      // The job is made today's (the booking was for tomorrow): it starts on the last half hour in Shanghai.
      await sql(
        `update appointment set starts_at = $2, ends_at = $2::timestamptz + (ends_at - starts_at), blocked_from = $2::timestamptz - (starts_at - blocked_from), blocked_until = $2::timestamptz + (blocked_until - starts_at) where id = $1`,
        [appointmentId, new Date(Math.floor(Date.now() / 1_800_000) * 1_800_000)],
      )
      await pro.visit(url(locale, "/pro/today"), 200, "load")
      const onRoute = page.getByRole("article").filter({ has: page.getByRole("link", { name: t.dayOpen }) })
      await expect(onRoute.count()).resolves.toBeGreaterThan(0)
      await page.getByRole("navigation", { name: new RegExp(t.navigate) }).first().getByRole("link", { name: t.navigateWith.amap }).waitFor()
      await page.locator(".day-pin").first().waitFor()
      await pro.looksRight("pro-day-today")
      await wide.page.context().addCookies(await page.context().cookies())
      await wide.visit(url(locale, "/pro/today"), 200, "load")
      await wide.page.locator(".day-pin").first().waitFor()
      await wide.looksRight("pro-day-today")

      // On the way, arrived (the phone's location goes with it), started: one tap each.
      await pro.visit(url(locale, `/pro/jobs/${appointmentId}`), 200, "load")
      await page.getByRole("button", { name: t.jobStep.en_route }).click()
      await page.getByText(t.jobStepDone.en_route).waitFor()
      await page.getByRole("button", { name: t.jobStep.arrived }).click()
      await page.getByText(t.jobStepDone.arrived).waitFor()
      await page.getByText(/签到位置距地址 \d+ 米/).waitFor()
      await page.getByRole("button", { name: t.jobStep.in_service }).click()
      await page.getByText(t.jobStepDone.in_service).waitFor()

      // The record: what was done, with what, and photos from the camera before and after.
      await page.getByLabel(t.jobNotes).fill("补水护理，T 区偏油，建议一周后复诊")
      await page.getByLabel(t.jobProducts).fill("玻尿酸精华\n保湿面膜")
      for (const [which, colour] of [
        [t.jobPhotosBefore, "#e8b4c4"],
        [t.jobPhotosAfter, "#f6dde5"],
      ]) {
        await page.getByLabel(`${which}: ${t.jobAddPhoto}`).setInputFiles({ name: "IMG_0001.PNG", mimeType: "image/png", buffer: await photo(colour) })
        // Shown at once from the phone, then from the cms's media once stored.
        const stored = page.getByRole("group", { name: which }).locator('[data-testid="picked-photo"].stored').getByRole("img", { name: t.jobPhotoAlt(which, 1) })
        await stored.waitFor()
        await expect(stored.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth > 0 && img.src.startsWith("http")))).resolves.toBe(true)
      }
      await pro.looksRight("pro-day-record")
      await page.getByRole("button", { name: t.jobStep.completed }).click()
      await page.getByText(t.jobCompleteConfirm).waitFor()
      await page.getByRole("button", { name: t.jobCompleteYes }).click()
      await page.getByRole("heading", { name: t.jobRecord }).waitFor()
      await page.getByText("补水护理，T 区偏油，建议一周后复诊").waitFor()
      const [{ status, service_record }] = await sql<{ status: string; service_record: { photos_before: string[]; photos_after: string[]; products_used: string[] } }>(
        `select status, service_record from appointment where id = $1`,
        [appointmentId],
      )
      expect({ status, products: service_record.products_used, before: service_record.photos_before.length, after: service_record.photos_after.length }).toEqual({
        status: "completed",
        products: ["玻尿酸精华", "保湿面膜"],
        before: 1,
        after: 1,
      })
      await page.getByText(t.jobReviewNone).waitFor()

      // The ledger books the job's shares within a minute; the job's page then shows what was credited. The income
      // page is another's work: the figure checked is the job's own, against what `/pro/earnings` lists for the job.
      const api = await proApi(beautician.email)
      const credited = await eventually(
        async () => (await api.get<{ entries: Array<{ appointment_id: string | null; amount_fen: number; kind: string }> }>("/pro/earnings")).entries.filter((e) => e.appointment_id === appointmentId),
        (entries) => entries.length > 0,
        100_000,
      )
      expect(credited).toHaveLength(1)
      const net = t.jobEarnedBooked(formatCny(credited[0].amount_fen / 100, locale))
      // The customer reviews the visit; the job's page shows what they said.
      const reviewed = await fetch(`${COMMERCE}/store/appointments/${appointmentId}/review`, {
        method: "POST",
        headers: { "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY"), authorization: `Bearer ${await customerToken(customer.page)}`, "content-type": "application/json" },
        body: JSON.stringify({ rating: 5, text: "手法轻柔，皮肤水润了很多" }),
      })
      expect(reviewed.status).toBe(201)
      await page.reload()
      await page.getByTestId("job-earned").getByText(net).waitFor()
      await page.getByText("手法轻柔，皮肤水润了很多").waitFor()
      await page.getByRole("img", { name: t.stars(5) }).waitFor()
      await pro.looksRight("pro-day-job-completed")

      // The same pages in English.
      const en = messagesFor("en")
      await pro.visit(url("en", `/pro/jobs/${appointmentId}`), 200, "load")
      await page.getByRole("heading", { name: en.jobRecord }).waitFor()
      await pro.looksRight("pro-day-job-completed-en")
      await pro.visit(url("en", "/pro/today"), 200, "load")
      await page.getByRole("heading", { name: en.dayTitle, level: 1 }).waitFor()
      await pro.looksRight("pro-day-today-en")
      await pro.visit(url("en", "/pro"), 200, "load")
      await page.getByText(en.offersEmptyActive).waitFor()
      await pro.looksRight("pro-day-offers-en")

      // Today's route, kept on the phone, reads offline and says when it was saved.
      await pro.visit(url(locale, "/pro/today"), 200, "load")
      await page.locator("[data-kept-offline=true]").waitFor({ state: "attached", timeout: 30_000 })
      await page.context().setOffline(true)
      await page.reload()
      await page.getByText(/^离线中 — 显示的是 \d\d:\d\d 保存的内容$/).waitFor()
      await page.getByRole("link", { name: t.dayOpen }).first().waitFor()
      await screenshot(page, "pro-day-today-offline-390")
      await page.getByRole("link", { name: t.dayOpen }).first().click()
      await page.getByRole("heading", { name: t.jobRecord }).waitFor()
      await page.getByText(/^离线中 — /).waitFor()
      await screenshot(page, "pro-day-job-offline-390")
    } finally {
      await pro.page.context().setOffline(false)
      await Promise.all([pro.close(), customer.close(), wide.close()])
      await push.close()
    }
  }, 420_000)

  test("in English: a declined offer goes with its reason; one the customer cancels meanwhile leaves with a message", async () => {
    const locale: Locale = "en"
    const t = messagesFor(locale)
    const beautician = await freeBeautician()
    const pro = await Tab.open(browser, 390, locale)
    const customer = await Tab.open(browser, 390, "zh-CN")
    const another = await Tab.open(browser, 390, "zh-CN")
    const { page } = pro
    try {
      await pro.visit(url(locale, "/pro"))
      await signInToPortal(pro, locale, beautician.email)
      await page.waitForURL((u) => u.pathname === "/en/pro")
      await page.locator(".live[data-connected=true]").waitFor()

      await holdTomorrow(customer, "zh-CN", SERVICE, { phone: newPhone(), beautician: beautician.id, step: "pro-day-decline-customer" })
      await payHeldTimeByQr(customer.page, "zh-CN")
      const declined = paidAppointment(customer.page)
      const first = await offerOf(page, declined, locale)
      await first.getByRole("button", { name: t.offerDecline }).click()
      await first.getByRole("radio", { name: t.offerReasonLabels.far }).check()
      await pro.looksRight("pro-day-decline")
      await first.getByRole("button", { name: t.offerDeclineSend }).click()
      await page.getByRole("status").getByText(t.offerDeclined).waitFor()
      await first.waitFor({ state: "detached" })
      const [decision] = await sql<{ reason: string }>(`select reason from dispatch_decision where appointment_id = $1 and action = 'declined'`, [declined])
      expect(decision.reason).toBe("距离太远 · Too far")

      // Another customer books and cancels before the beautician answers.
      await holdTomorrow(another, "zh-CN", SERVICE, { phone: newPhone(), beautician: beautician.id, step: "pro-day-cancel-customer" })
      await payHeldTimeByQr(another.page, "zh-CN")
      const cancelled = paidAppointment(another.page)
      const second = await offerOf(page, cancelled, locale)
      const [service, when] = await Promise.all([second.getByRole("heading").innerText(), second.locator("dd").first().innerText()])
      const cancelling = await fetch(`${COMMERCE}/store/appointments/${cancelled}/cancel`, {
        method: "POST",
        headers: { "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY"), authorization: `Bearer ${await customerToken(another.page)}` },
      })
      expect(cancelling.status).toBe(200)
      await page.getByRole("status").getByText(t.offerClosed(service, when), { exact: true }).waitFor({ timeout: 20_000 })
      await second.waitFor({ state: "detached" })
      await pro.looksRight("pro-day-offer-gone")
    } finally {
      await Promise.all([pro.close(), customer.close(), another.close()])
    }
  }, 240_000)

  test.each([
    ["zh-CN", "/pro"],
    ["en", "/en/pro"],
  ] as const)("in %s, the portal installs from its manifest, and its service worker registers and shows a push", async (locale, home) => {
    const t = messagesFor(locale)
    const manifest = await fetch(`${STOREFRONT}/${locale}/pro/manifest.webmanifest`)
    expect(manifest.headers.get("content-type")).toMatch(/^application\/manifest\+json/)
    const app = (await manifest.json()) as { start_url: string; scope: string; display: string; name: string; icons: Array<{ src: string; sizes: string; purpose: string }> }
    expect(app).toMatchObject({ start_url: home, scope: home, display: "standalone", name: t.appName })
    for (const icon of app.icons) {
      const png = await fetch(`${STOREFRONT}${icon.src}`)
      expect({ icon: icon.src, type: png.headers.get("content-type") }).toEqual({ icon: icon.src, type: "image/png" })
      const { width, height } = await sharp(Buffer.from(await png.arrayBuffer())).metadata()
      expect(`${width}x${height}`).toBe(icon.sizes)
    }
    expect(app.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]))
    expect((await fetch(`${STOREFRONT}/pro-sw.js`)).headers.get("content-type")).toMatch(/javascript/)

    const tab = await Tab.open(browser, 390, locale)
    const { page } = tab
    try {
      await tab.page.context().grantPermissions(["notifications"], { origin: STOREFRONT })
      await tab.visit(url(locale, "/pro/sign-in"))
      expect(await page.locator('link[rel="manifest"]').getAttribute("href")).toBe(`/${locale}/pro/manifest.webmanifest`)
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
      expect(new URL(scope).pathname).toBe(home)
      // The customer's pages stay outside it.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/services")) === undefined)).toBe(true)

      const cdp = await page.context().newCDPSession(page)
      // Chromium reads the manifest the page links to without a complaint. (Its installability verdict needs a
      // profile that is not incognito, which a test's browser context always is: it says "in-incognito" and stops.)
      const read = await cdp.send("Page.getAppManifest")
      expect({ url: read.url, errors: read.errors }).toEqual({ url: `${STOREFRONT}/${locale}/pro/manifest.webmanifest`, errors: [] })

      // A push, as commerce sends one for an offer, reaches the worker: it shows the notification, which opens this portal.
      const registrations = new Map<string, string>()
      cdp.on("ServiceWorker.workerRegistrationUpdated", (event) => {
        for (const r of event.registrations) {
          if (r.isDeleted) registrations.delete(r.registrationId)
          else registrations.set(r.registrationId, new URL(r.scopeURL).pathname)
        }
      })
      await cdp.send("ServiceWorker.enable")
      const message = { title: "新的预约邀请 · New job offer", body: "12月3日 14:00 黄浦区，请在 5 分钟内回复 · Answer within 5 min", url: "/pro", tag: "offer-appt_journey" }
      const notifications = () =>
        page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url })))
      const shown = await eventually(
        async () => {
          for (const [registrationId, scope] of registrations) {
            // A registration gone meanwhile refuses the message; the live one takes it.
            if (scope === home) await cdp.send("ServiceWorker.deliverPushMessage", { origin: STOREFRONT, registrationId, data: JSON.stringify(message) }).catch(() => undefined)
          }
          await page.waitForTimeout(500)
          return notifications()
        },
        (list) => list.length > 0,
        15_000,
      )
      expect(shown).toEqual([{ title: message.title, body: message.body, tag: message.tag, url: home }])
    } finally {
      await tab.close()
    }
  })
})
