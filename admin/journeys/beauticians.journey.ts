import type { Browser, Page } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { setting, Tab } from "../../scripts/lib/browser-tab"
// The storefront's journeys set up what no page makes with the same statement helper.
import { sql } from "../../storefront/journeys/support/database"
import { signIn, unique } from "./support/staff"

/**
 * A studio's manager and their beauticians: someone applies to the studio
 * from the portal (through its API here: the portal's own pages are the
 * storefront's journeys); the manager looks at the application's photos and
 * approves it, then finds the new beautician in the studio's list. On the
 * calendar the manager sees a demo beautician's booking on its day and opens
 * it; on that beautician's page they block time off and give it back. The
 * calendar is also seen on a phone: one beautician's day.
 */

const ADMIN = setting("JOURNEY_ADMIN_URL")
const COMMERCE = () => setting("JOURNEY_COMMERCE_URL")
const STUDIO = "jingan-lumiere"

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A resident ID number no other journey uses: a made-up birth date and sequence, with its check character (GB 11643). */
function residentId(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const body = `3101061994${String(1 + (Date.now() % 12)).padStart(2, "0")}15${String(Date.now() % 1000).padStart(3, "0")}`
  return body + "10X98765432"[weights.reduce((sum, weight, i) => sum + Number(body[i]) * weight, 0) % 11]
}

/** The newest sign-in code the loopback SMS vendor took for `phone`. */
async function codeTextedTo(phone: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const received = (await (await fetch(`${setting("JOURNEY_SMS_URL")}/__received`)).json()) as Array<{ query: Record<string, string>; signatureValid: boolean }>
    const text = received.filter((r) => r.signatureValid && r.query.PhoneNumbers === phone).at(-1)
    if (text) return (JSON.parse(text.query.TemplateParam) as { code: string }).code
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`No code was texted to ${phone}`)
}

/** A photo as the portal would upload it: a JPEG the browser draws. */
async function photo(page: Page, caption: string): Promise<Blob> {
  const dataUrl = await page.evaluate((text) => {
    const canvas = document.createElement("canvas")
    canvas.width = 900
    canvas.height = 560
    const g = canvas.getContext("2d")!
    g.fillStyle = "#e4ecef"
    g.fillRect(0, 0, canvas.width, canvas.height)
    g.fillStyle = "#3d4b53"
    g.font = "56px sans-serif"
    g.fillText(text, 60, 120)
    return canvas.toDataURL("image/jpeg", 0.85)
  }, caption)
  return new Blob([new Uint8Array(Buffer.from(dataUrl.split(",")[1], "base64"))], { type: "image/jpeg" })
}

/** Someone new applies to the studio with an ID card and a certificate photo, as the portal's form sends it; answers their name. */
async function applyToStudio(page: Page): Promise<string> {
  const phone = `137${String(Date.now()).slice(-8)}`
  const name = `新美容师${phone.slice(-4)}`
  const store = { "content-type": "application/json", "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY") }
  const asked = await fetch(`${COMMERCE()}/store/phone-codes`, { method: "POST", headers: store, body: JSON.stringify({ phone, actor_type: "beautician" }) })
  if (!asked.ok) throw new Error(`A code for ${phone}: ${asked.status} ${await asked.text()}`)
  const signedIn = await fetch(`${COMMERCE()}/auth/beautician/phone-otp`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ phone, code: await codeTextedTo(phone) }) })
  const { token } = (await signedIn.json()) as { token: string }
  const upload = async (kind: string, caption: string) => {
    const form = new FormData()
    form.append("kind", kind)
    form.append("file", await photo(page, caption), `${kind}.jpg`)
    const stored = await fetch(`${COMMERCE()}/pro/application/documents`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
    if (!stored.ok) throw new Error(`Uploading ${kind}: ${stored.status} ${await stored.text()}`)
    return ((await stored.json()) as { document: { id: string } }).document.id
  }
  const products = await fetch(`${COMMERCE()}/store/products?handle=tuina-massage&fields=id`, { headers: store })
  const productId = ((await products.json()) as { products: Array<{ id: string }> }).products[0].id
  const applied = await fetch(`${COMMERCE()}/pro/application`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({
      merchant_handle: STUDIO,
      display_name: name,
      id_number: residentId(),
      id_document_ids: [await upload("id_card", "ID card front"), await upload("id_card", "ID card back")],
      certificates: [{ name: "保健按摩师（四级）", document_id: await upload("certificate", "Certificate") }],
      background_check_consent: true,
      district: "静安区",
      home: { lat: 31.229, lng: 121.448 },
      service_radius_km: 6,
      skill_product_ids: [productId],
    }),
  })
  if (applied.status !== 201) throw new Error(`Applying answered ${applied.status}: ${await applied.text()}`)
  return name
}

/**
 * A paid, upcoming appointment of one of the studio's demo beauticians: a
 * demo visit booked again `days` on (the demo data holds past visits only).
 * Answers it with its beautician and its local date.
 */
async function upcomingOf(studio: string, days: number): Promise<{ id: string; beauticianId: string; date: string }> {
  const id = `appt_journey_calendar_${Date.now()}`
  const [made] = await sql<{ id: string; beautician_id: string; date: string }>(
    `insert into "appointment" ("id", "status", "customer_id", "variant_id", "order_id", "starts_at", "ends_at", "blocked_from", "blocked_until", "travel_in_minutes",
       "address", "lat", "lng", "paid_fen", "price_fen", "payment_status", "beautician_id")
     select $1, 'confirmed', a."customer_id", a."variant_id", null, a."starts_at" + $2::interval, a."ends_at" + $2::interval, a."blocked_from" + $2::interval, a."blocked_until" + $2::interval,
            a."travel_in_minutes", a."address", a."lat", a."lng", a."price_fen", a."price_fen", 'paid', a."beautician_id"
       from "appointment" a join "beautician" b on b."id" = a."beautician_id"
      where b."merchant_handle" = $3 and b."status" = 'active' and a."deleted_at" is null and a."price_fen" > 0
      order by a."starts_at" desc limit 1
     returning "id", "beautician_id", to_char("starts_at" at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "date"`,
    [id, `${days} days`, studio],
  )
  if (!made) throw new Error(`The demo data has no paid visit of ${studio} to book again`)
  return { id: made.id, beauticianId: made.beautician_id, date: made.date }
}

const open = async (page: Page, hash: string) => {
  await page.goto(`${ADMIN}/#${hash}`, { waitUntil: "networkidle" })
  await page.locator("main").first().waitFor()
}

test("a studio's manager approves an application and finds the beautician; the calendar shows a booking", async () => {
  const booking = await upcomingOf(STUDIO, 33)
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    const name = await applyToStudio(page)
    await signIn(page)

    // The application, its photos, and the manager's approval.
    await open(page, "/beautician-applications")
    await page.getByText(name).first().click()
    // Both sides of the ID card and the certificate, fetched with the manager's token.
    await page.locator("figure img").nth(2).waitFor()
    await tab.looksRight("admin-beautician-application")
    await page.getByRole("button", { name: "通过" }).click()
    const dialog = page.getByRole("dialog")
    await dialog.getByRole("button", { name: "通过" }).click()
    await page.getByText("已保存审核决定").first().waitFor()
    await page.locator(".MuiChip-root", { hasText: "待平台审核" }).first().waitFor()

    // The new beautician in the studio's list, awaiting the platform.
    await open(page, `/beauticians?filter=${encodeURIComponent(JSON.stringify({ status: "pending" }))}`)
    await page.locator("table tbody tr", { hasText: name }).waitFor()
    await tab.looksRight("admin-beauticians")

    // The calendar, from the appointments list: the booking on its day, opened with a click.
    await open(page, "/appointments")
    await page.getByRole("button", { name: "日程" }).click()
    await page.waitForURL((url) => url.hash.startsWith("#/appointments/calendar"))
    await open(page, `/appointments/calendar?date=${booking.date}`)
    const event = page.locator(`[data-appointment="${booking.id}"]`)
    await event.waitFor()
    await tab.looksRight("admin-calendar-day")
    await open(page, `/appointments/calendar?date=${booking.date}&beautician=${booking.beauticianId}&view=week`)
    await event.waitFor()
    await tab.looksRight("admin-calendar-week")
    await event.click()
    await page.waitForURL((url) => url.hash.includes(`/appointments/${booking.id}/show`))
    await page.getByText("已付款，待派单").first().waitFor()

    // The beautician's page: profile and performance, then hours and time off.
    await open(page, `/beauticians/${booking.beauticianId}/show`)
    await page.getByText("服务表现").first().waitFor()
    await page.getByText("接单率").first().waitFor()
    await tab.looksRight("admin-beautician")
    await page.getByRole("tab", { name: "工作时间与休假" }).click()
    await page.getByRole("button", { name: "保存每周工作时间" }).waitFor()
    const from = `${booking.date}T00:00`
    const until = `${booking.date}T01:00`
    await page.getByLabel("休假开始").fill(from)
    await page.getByLabel("休假结束").fill(until)
    // A reason no other run used: the journey finds its own block of time off by it.
    const reason = `进修培训 ${unique()}`
    await page.getByLabel("原因（选填）").fill(reason)
    await page.getByRole("button", { name: "添加休假" }).click()
    await page.getByText("休假已添加").first().waitFor()
    await page.getByText(reason).waitFor()
    await tab.looksRight("admin-beautician-schedule")
    await page.getByRole("listitem").filter({ hasText: reason }).getByRole("button", { name: "删除" }).click()
    await page.getByText("休假已删除").first().waitFor()
    await page.getByText(reason).waitFor({ state: "detached" })
  } finally {
    await tab.close()
  }
})

test("on a phone the calendar shows one beautician's day, and their page fits", async () => {
  const booking = await upcomingOf(STUDIO, 34)
  const tab = await Tab.open(browser, 390, "zh-CN")
  const { page } = tab
  try {
    await signIn(page)
    await open(page, `/appointments/calendar?date=${booking.date}&beautician=${booking.beauticianId}`)
    await page.locator(`[data-appointment="${booking.id}"]`).waitFor()
    await tab.looksRight("admin-calendar-phone")
    await open(page, "/beauticians")
    await page.locator(".MuiListItemButton-root, .MuiListItem-root").first().waitFor()
    await tab.looksRight("admin-beauticians-phone")
    await open(page, `/beauticians/${booking.beauticianId}/show`)
    await page.getByText("服务表现").first().waitFor()
    await tab.looksRight("admin-beautician-phone")
  } finally {
    await tab.close()
  }
})
