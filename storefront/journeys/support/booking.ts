import { Client } from "pg"
import type { Browser, Page } from "playwright-core"
import { localePath, messagesFor, type Locale } from "../../lib/i18n"
import { setting, Tab } from "../../../scripts/lib/browser-tab"

/** What the journeys of booking share: a Shanghai address, signing in by SMS code, and the beautician's side over `/pro`. */

const COMMERCE = () => setting("JOURNEY_COMMERCE_URL")
const STORE = () => ({ "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY") })

/** A flat near People's Square, in 黄浦区; the booking page pins a new address at its district's centre. */
export const ADDRESS = { district: "黄浦区", line1: "南京东路 100 号 3 楼", contact: "李女士", phone: "13800138000" }
export const HUANGPU = { lat: 31.2317, lng: 121.4846 }

/** A new phone number for each customer, so that every journey signs a new person up. */
let counter = 0
export const newPhone = () => `139${String(Date.now() % 1e6).padStart(6, "0")}${String(counter++ % 100).padStart(2, "0")}`

/** Fills in the booking page's new address (People's Square's flat unless told) and uses it. */
export async function enterAddress(page: Page, locale: Locale, address: typeof ADDRESS = ADDRESS): Promise<void> {
  const t = messagesFor(locale)
  await page.getByLabel(t.district).selectOption(address.district)
  await page.getByLabel(t.line1).fill(address.line1)
  await page.getByLabel(t.contactName).fill(address.contact)
  await page.getByLabel(t.contactPhone).fill(address.phone)
  await page.getByRole("button", { name: t.useAddress }).click()
}

/** The code in the newest text the loopback Aliyun took for this phone. */
export async function lastCode(phone: string): Promise<string | undefined> {
  const received = (await (await fetch(`${setting("JOURNEY_SMS_URL")}/__received`)).json()) as Array<{ query: Record<string, string>; signatureValid: boolean }>
  const text = received.filter((r) => r.signatureValid && r.query.PhoneNumbers === phone).at(-1)
  return text ? (JSON.parse(text.query.TemplateParam) as { code: string }).code : undefined
}

/** Signs in (or up) on the sign-in form in view, by phone and the code texted to it; `submit` names the form's button. */
export async function signInByPhone(page: Page, locale: Locale, phone: string, submit = messagesFor(locale).submitSignIn): Promise<void> {
  const t = messagesFor(locale)
  await page.getByRole("textbox", { name: t.phone, exact: true }).fill(phone)
  await page.getByRole("button", { name: t.sendCode }).click()
  await page.getByRole("status").filter({ hasText: phone }).waitFor()
  let code: string | undefined
  for (let i = 0; i < 50 && !code; i++) {
    code = await lastCode(phone)
    if (!code) await page.waitForTimeout(100)
  }
  if (!code) throw new Error(`No code was texted to ${phone}`)
  await page.getByLabel(t.code, { exact: true }).fill(code)
  await page.getByRole("button", { name: submit, exact: true }).click()
}

/** The customer's commerce token, from the browser's httpOnly session cookie. */
export async function customerToken(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === "doorstep_session")
  if (!cookie) throw new Error("Not signed in")
  return cookie.value
}

export async function storeGet<T>(path: string, token?: string): Promise<T> {
  const response = await fetch(`${COMMERCE()}${path}`, { headers: { ...STORE(), ...(token ? { authorization: `Bearer ${token}` } : {}) } })
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  return (await response.json()) as T
}

/** Waits until `read` gives what `done` accepts (the gateway's notification, dispatch's offer…). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > until) return value
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Demo beauticians sign in to `/pro` with their email and this password (scripts/seed/data/accounts.json). */
const BEAUTICIAN_PASSWORD = "Doorstep2026!"

/**
 * The beautician the appointment was first offered to takes the job, through
 * the portal's API (`/pro`), as their phone would.
 */
export async function beauticianAccepts(appointmentId: string): Promise<{ name: string; token: string }> {
  const db = new Client({ connectionString: setting("JOURNEY_DATABASE_URL") })
  await db.connect()
  let offer: { beautician_id: string; email: string; display_name: string } | undefined
  try {
    offer = await eventually(
      async () =>
        (
          await db.query(
            `select o.beautician_id, b.email, b.display_name from offer o join beautician b on b.id = o.beautician_id
             where o.appointment_id = $1 and o.status = 'pending' and o.deleted_at is null`,
            [appointmentId],
          )
        ).rows[0],
      (row) => row !== undefined,
    )
  } finally {
    await db.end()
  }
  if (!offer) throw new Error(`Nobody was offered ${appointmentId}`)
  const signedIn = await fetch(`${COMMERCE()}/auth/beautician/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: offer.email, password: BEAUTICIAN_PASSWORD }),
  })
  const { token } = (await signedIn.json()) as { token: string }
  const pro = { authorization: `Bearer ${token}` }
  const { offers } = (await (await fetch(`${COMMERCE()}/pro/offers`, { headers: pro })).json()) as { offers: Array<{ id: string; appointment_id: string }> }
  const mine = offers.find((o) => o.appointment_id === appointmentId)
  if (!mine) throw new Error(`${offer.email} has no offer for ${appointmentId}`)
  const accepted = await fetch(`${COMMERCE()}/pro/offers/${mine.id}/accept`, { method: "POST", headers: pro })
  if (!accepted.ok) throw new Error(`Accepting answered ${accepted.status}: ${await accepted.text()}`)
  return { name: offer.display_name, token }
}

/** The beautician goes, arrives, works and finishes, step by step through `/pro`. */
export async function beauticianFinishes(appointmentId: string, token: string): Promise<void> {
  const steps = [
    { status: "en_route" },
    { status: "arrived", location: HUANGPU },
    { status: "in_service" },
    { status: "completed", service_record: { notes: "补水护理，顺利完成", products_used: [] } },
  ]
  for (const step of steps) {
    const moved = await fetch(`${COMMERCE()}/pro/jobs/${appointmentId}/status`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(step),
    })
    if (!moved.ok) throw new Error(`${step.status} answered ${moved.status}: ${await moved.text()}`)
  }
}

/**
 * A photo as a phone's camera would hand one over: a JPEG (drawn in the page,
 * so no file needs to come with the tests), 1200×900, about 60 KB.
 */
export async function cameraPhoto(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement("canvas")
    canvas.width = 1200
    canvas.height = 900
    const draw = canvas.getContext("2d")!
    const sky = draw.createLinearGradient(0, 0, 1200, 900)
    sky.addColorStop(0, "#f8e9ee")
    sky.addColorStop(1, "#b5476b")
    draw.fillStyle = sky
    draw.fillRect(0, 0, 1200, 900)
    draw.fillStyle = "#ffffff"
    draw.beginPath()
    draw.arc(600, 420, 220, 0, Math.PI * 2)
    draw.fill()
    draw.fillStyle = "#a03a5c"
    draw.font = "bold 96px sans-serif"
    draw.textAlign = "center"
    draw.fillText("Doorstep", 600, 450)
    return canvas.toDataURL("image/jpeg", 0.85)
  })
  return { name: "IMG_20261203_1015.jpg", mimeType: "image/jpeg", buffer: Buffer.from(dataUrl.split(",")[1], "base64") }
}

/**
 * From the booking page to the checkout: the address, tomorrow's first time
 * (or `time`), signing up inline with `phone`. Each page is checked, its
 * screenshot named after `step` (the locale by default).
 */
export async function holdTomorrow(tab: Tab, locale: Locale, service: string, options: { phone?: string; beautician?: string; time?: string; step?: string } = {}): Promise<void> {
  const t = messagesFor(locale)
  const { page } = tab
  const url = (path: string) => `${setting("JOURNEY_STOREFRONT_URL")}${localePath(locale, path)}`
  const step = options.step ?? locale
  if (options.beautician) await tab.visit(url(`/services/${service}/book?beautician=${options.beautician}`))
  else {
    await tab.visit(url(`/services/${service}`))
    await tab.follow(t.bookNow, new RegExp(`/services/${service}/book$`))
  }
  await tab.looksRight(`${step}-book`)
  await enterAddress(page, locale)
  await page.getByRole("radio", { name: new RegExp(t.tomorrow) }).click()
  const slot = options.time ? page.getByRole("button", { name: options.time, exact: true }) : page.locator(".slot").first()
  await slot.click()
  await tab.looksRight(`${step}-book-time`)
  await page.getByRole("button", { name: t.holdAndPay }).click()
  if (options.phone) {
    await page.getByRole("heading", { name: t.signInTitle }).waitFor()
    await tab.looksRight(`${step}-book-sign-in`)
    await signInByPhone(page, locale, options.phone)
  }
  await page.waitForURL(/\/checkout\//)
  await page.getByTestId("total").waitFor()
}

/** From the checkout: WeChat Pay's QR code, paid on the scan page, then the appointment's page. */
export async function payHeldTimeByQr(page: Page, locale: Locale): Promise<void> {
  const t = messagesFor(locale)
  await page.getByRole("button", { name: new RegExp(t.payNow("")) }).click()
  await page.getByRole("heading", { name: t.scanTitle }).waitFor()
  await payOnScanPage(page)
  await page.waitForURL(/\/appointments\/[^/?]+\?paid=1/)
}

/** Pays the open WeChat Pay order on the simulator's scan page: the customer's phone scanning the QR code. */
export async function payOnScanPage(page: Page): Promise<void> {
  const phone = await page.context().newPage()
  await phone.goto(setting("JOURNEY_WECHATPAY_URL"))
  await phone.getByRole("button").first().click()
  await phone.getByText("支付成功").waitFor()
  await phone.close()
}

/**
 * A new customer on a phone books `service` with the beautician for
 * tomorrow's first free time at `address`, signing up by SMS code inline,
 * and pays by WeChat Pay; the appointment as booked.
 */
export async function customerBooksTomorrow(browser: Browser, service: string, beauticianId: string, address: typeof ADDRESS): Promise<{ id: string; start: string; end: string }> {
  const locale = "zh-CN"
  const t = messagesFor(locale)
  const tab = await Tab.open(browser, 390, locale)
  const { page } = tab
  try {
    await tab.visit(`${setting("JOURNEY_STOREFRONT_URL")}/services/${service}/book?beautician=${beauticianId}`)
    await enterAddress(page, locale, address)
    await page.getByRole("radio", { name: new RegExp(t.tomorrow) }).click()
    await page.locator(".slot").first().click()
    await page.getByRole("button", { name: t.holdAndPay }).click()
    await page.getByRole("heading", { name: t.signInTitle }).waitFor()
    await signInByPhone(page, locale, newPhone())
    await page.waitForURL(/\/checkout\//)
    await page.getByTestId("total").waitFor()
    await payHeldTimeByQr(page, locale)
    const id = new URL(page.url()).pathname.split("/").pop()!
    const { appointment } = await storeGet<{ appointment: { start: string; end: string; beautician_id: string } }>(`/store/appointments/${id}`, await customerToken(page))
    if (appointment.beautician_id !== beauticianId) throw new Error(`${id} was booked with ${appointment.beautician_id}, not ${beauticianId}`)
    return { id, start: appointment.start, end: appointment.end }
  } finally {
    await tab.close()
  }
}
