import { Client } from "pg"
import type { Page } from "playwright-core"
import { localePath, messagesFor, type Locale } from "../../lib/i18n"
import { setting, type Tab } from "./tab"

/** What the journeys of booking share: a Shanghai address, signing in by SMS code, and the beautician's side over `/pro`. */

const COMMERCE = () => setting("JOURNEY_COMMERCE_URL")
const STORE = () => ({ "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY") })

/** A flat near People's Square, in 黄浦区; the booking page pins a new address at its district's centre. */
export const ADDRESS = { district: "黄浦区", line1: "南京东路 100 号 3 楼", contact: "李女士", phone: "13800138000" }
export const HUANGPU = { lat: 31.2317, lng: 121.4846 }

/** A new phone number for each customer, so that every journey signs a new person up. */
let counter = 0
export const newPhone = () => `139${String(Date.now() % 1e6).padStart(6, "0")}${String(counter++ % 100).padStart(2, "0")}`

/** Fills in the booking page's new address and uses it. */
export async function enterAddress(page: Page, locale: Locale): Promise<void> {
  const t = messagesFor(locale)
  await page.getByLabel(t.district).selectOption(ADDRESS.district)
  await page.getByLabel(t.line1).fill(ADDRESS.line1)
  await page.getByLabel(t.contactName).fill(ADDRESS.contact)
  await page.getByLabel(t.contactPhone).fill(ADDRESS.phone)
  await page.getByRole("button", { name: t.useAddress }).click()
}

/** The code in the newest text the loopback Aliyun took for this phone. */
export async function lastCode(phone: string): Promise<string | undefined> {
  const received = (await (await fetch(`${setting("JOURNEY_SMS_URL")}/__received`)).json()) as Array<{ query: Record<string, string>; signatureValid: boolean }>
  const text = received.filter((r) => r.signatureValid && r.query.PhoneNumbers === phone).at(-1)
  return text ? (JSON.parse(text.query.TemplateParam) as { code: string }).code : undefined
}

/** Signs in (or up) on the sign-in form in view, by phone and the code texted to it. */
export async function signInByPhone(page: Page, locale: Locale, phone: string): Promise<void> {
  const t = messagesFor(locale)
  await page.getByLabel(t.phone).fill(phone)
  await page.getByRole("button", { name: t.sendCode }).click()
  await page.getByRole("status").filter({ hasText: phone }).waitFor()
  let code: string | undefined
  for (let i = 0; i < 50 && !code; i++) {
    code = await lastCode(phone)
    if (!code) await page.waitForTimeout(100)
  }
  if (!code) throw new Error(`No code was texted to ${phone}`)
  await page.getByLabel(t.code, { exact: true }).fill(code)
  await page.getByRole("button", { name: t.submitSignIn, exact: true }).click()
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
