import fs from "node:fs"
import type { Browser, Page } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { localePath, messagesFor, type Locale } from "../lib/i18n"
import { errorText } from "../lib/messages/errors"
import { datesFrom, todayInZone } from "../lib/time"
import { ADDRESS, customerToken, lastCode, newPhone, signInByPhone, storeGet } from "./support/booking"
import { sql } from "./support/database"
import { setting, Tab } from "../../scripts/lib/browser-tab"

/**
 * A customer's own pages: a new customer signs up by SMS code, reads and
 * marks a notice in the inbox and sets how notices come, finds the service
 * phone, writes to customer service and closes the request, edits their name,
 * adds a second phone, removes a saved address, downloads their data, and
 * deletes their account — refused while a visit is still to come, then done:
 * signed out, and their phone now signs up a new, empty account.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const COMMERCE = setting("JOURNEY_COMMERCE_URL")
const STORE = { "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY") }
const SUPPORT_PHONE = "+86 400-820-0000"

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const url = (locale: Locale, path: string) => `${STOREFRONT}${localePath(locale, path)}`

async function storeSend<T>(method: "POST" | "DELETE", path: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(`${COMMERCE}${path}`, {
    method,
    headers: { ...STORE, authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

type Me = { id: string; first_name: string | null; last_name: string | null; phone: string | null }
const me = async (token: string) => (await storeGet<{ customer: Me }>("/store/customers/me", token)).customer

/** A visit still to come: tomorrow's first free time for a tuina massage, held (not paid). */
async function holdVisit(token: string): Promise<string> {
  const district = { lat: 31.2317, lng: 121.4846 }
  const { products } = await storeGet<{ products: Array<{ variants: Array<{ id: string }> }> }>("/store/products?handle=tuina-massage&fields=id,*variants")
  const variantId = products[0].variants[0].id
  const tomorrow = datesFrom(todayInZone(), 2)[1]
  const { slots } = await storeGet<{ slots: Array<{ start: string }> }>(
    `/store/availability?variant_id=${variantId}&lat=${district.lat}&lng=${district.lng}&district=${encodeURIComponent(ADDRESS.district)}&date=${tomorrow}&days=3`,
  )
  const address = { line1: ADDRESS.line1, city: "上海市", district: ADDRESS.district, ...district, contact_name: ADDRESS.contact, contact_phone: ADDRESS.phone }
  const { appointment } = await storeSend<{ appointment: { id: string } }>("POST", "/store/appointments", token, { variant_id: variantId, start: slots[0].start, address })
  return appointment.id
}

/**
 * The notice commerce's outbox keeps for a booking, as its in-app copy: the
 * inbox lists these rows (the minutely job would write one only once paid).
 */
async function seedNotice(customerId: string, appointmentId: string): Promise<void> {
  const id = `ntfd_journey_${Date.now()}`
  await sql(
    `insert into notification_delivery (id, dedupe_key, appointment_id, kind, recipient_type, recipient_id, channel, locale, title, body, url, subject_starts_at, status, sent_at)
     values ($1, $2, $3, 'booking_confirmed', 'customer', $4, 'in_app', 'zh-CN', '预约成功', '您的上门服务已确认：明天 10:00。我们正在为您安排美容师。', $5, now() + interval '1 day', 'sent', now())`,
    [id, `journey:${id}`, appointmentId, customerId, `/appointments/${appointmentId}`],
  )
}

/** Fills in the code texted to `phone` (after asking for it on the form in view). */
async function enterTextedCode(page: Page, locale: Locale, phone: string): Promise<void> {
  const t = messagesFor(locale)
  let code: string | undefined
  for (let i = 0; i < 50 && !code; i++) {
    code = await lastCode(phone)
    if (!code) await page.waitForTimeout(100)
  }
  if (!code) throw new Error(`No code was texted to ${phone}`)
  await page.getByLabel(t.code, { exact: true }).fill(code)
}

describe("a customer's own pages", () => {
  it("inbox, help & feedback, profile, phone, addresses, export and deleting the account, on a phone", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 390, locale)
    const { page } = tab
    const phone = newPhone()
    try {
      // Signing up from the account page's door: to sign in, then back.
      await tab.visit(url(locale, "/account"))
      expect(new URL(page.url()).pathname).toBe("/sign-in")
      await signInByPhone(page, locale, phone)
      await page.waitForURL((u) => u.pathname === "/account")
      const token = await customerToken(page)
      const customer = await me(token)
      expect(customer.phone).toBe(`+86${phone}`)
      await page.getByTestId("bound-phone").getByText(`+86 ${phone.slice(0, 3)} **** ${phone.slice(-4)}`, { exact: false }).waitFor()

      // A visit still to come, a notice about it, a saved address, and the service phone set in the back office.
      const visitId = await holdVisit(token)
      await seedNotice(customer.id, visitId)
      await storeSend("POST", "/store/customers/me/addresses", token, {
        address_1: ADDRESS.line1,
        city: "上海市",
        country_code: "cn",
        first_name: ADDRESS.contact,
        phone: ADDRESS.phone,
        metadata: { district: ADDRESS.district, lat: 31.2317, lng: 121.4846 },
      })
      await sql(`update store set metadata = coalesce(metadata, '{}'::jsonb) || $1::jsonb`, [JSON.stringify({ support_phone: SUPPORT_PHONE, support_hours: "09:00–22:00" })])

      // The inbox: one unread notice, read on request; then notices in English, without review requests.
      await tab.follow(t.navInbox, /^\/inbox$/)
      await page.getByRole("heading", { name: t.unreadCount(1) }).waitFor()
      const notice = page.getByTestId("notice").filter({ hasText: "预约成功" })
      await notice.getByText(`${t.unread}:`).waitFor()
      await tab.looksRight(`${locale}-inbox`)
      await notice.getByRole("button", { name: new RegExp(t.markRead) }).click()
      await page.getByRole("heading", { name: t.unreadCount(0) }).waitFor()
      const { notifications } = await storeGet<{ notifications: Array<{ read_at: string | null }> }>("/store/notifications", token)
      expect(notifications[0].read_at).not.toBeNull()
      await page.getByRole("radio", { name: "English" }).check()
      await page.getByRole("checkbox", { name: t.reviewRequests }).uncheck()
      await page.getByRole("button", { name: t.savePreferences }).click()
      await page.getByRole("status").getByText(t.preferencesSaved).waitFor()
      await expect(storeGet("/store/notification-preferences", token)).resolves.toEqual({ preferences: { locale: "en", review_requests: false } })
      await notice.getByRole("link", { name: t.openNotice }).click()
      await page.waitForURL((u) => u.pathname === `/appointments/${visitId}`)

      // Help & feedback: the service phone to call, then a complaint about the visit, written on again, then closed.
      await tab.visit(url(locale, "/support"))
      expect(await page.getByRole("link", { name: t.callUs(SUPPORT_PHONE) }).getAttribute("href")).toBe("tel:+864008200000")
      await page.getByText(t.noTickets).waitFor()
      await tab.looksRight(`${locale}-support`)
      await page.getByRole("radio", { name: new RegExp(t.kinds.complaint) }).check()
      await page.getByLabel(t.aboutAppointment).selectOption(visitId)
      await page.getByLabel(t.subject).fill("美容师迟到")
      await page.getByLabel(t.ticketBody).fill("约定 10:00，10:40 才到。")
      await page.getByRole("button", { name: t.sendTicket }).click()
      await page.waitForURL(/\/support\/[^/]+$/)
      const ticketId = new URL(page.url()).pathname.split("/").pop()!
      await page.getByRole("heading", { name: "美容师迟到" }).waitFor()
      await page.getByText("约定 10:00，10:40 才到。").waitFor()
      await page.getByLabel(t.reply).fill("请尽快给我回复，谢谢。")
      await page.getByRole("button", { name: t.sendReply }).click()
      await page.getByText("请尽快给我回复，谢谢。").waitFor()
      await tab.looksRight(`${locale}-ticket`)
      const { ticket } = await storeGet<{ ticket: { appointment_id: string; kind: string; messages: unknown[] } }>(`/store/tickets/${ticketId}`, token)
      expect(ticket).toMatchObject({ appointment_id: visitId, kind: "complaint" })
      expect(ticket.messages).toHaveLength(2)
      await page.getByRole("button", { name: t.closeTicket }).click()
      await page.getByRole("button", { name: t.confirmClose }).click()
      await page.getByText(t.ticketClosedNote).first().waitFor()
      await page.getByRole("link", { name: t.newTicketInstead }).waitFor()
      await tab.looksRight(`${locale}-ticket-closed`)

      // The account: a name, a second phone (a wrong code first), the saved address removed.
      await tab.follow(t.navAccount, /^\/account$/)
      await page.getByLabel(t.lastName).fill("王")
      await page.getByLabel(t.firstName).fill("小美")
      await page.getByRole("button", { name: t.saveProfile }).click()
      await page.getByRole("status").getByText(t.profileSaved).waitFor()
      await expect(me(token)).resolves.toMatchObject({ first_name: "小美", last_name: "王" })

      const second = newPhone()
      await page.getByRole("button", { name: t.bindAnother }).click()
      await page.getByLabel(t.newPhone).fill(second)
      await page.getByRole("button", { name: t.sendCode }).click()
      await page.getByRole("status").filter({ hasText: second }).waitFor()
      await page.getByLabel(t.code, { exact: true }).fill("000000")
      await page.getByRole("button", { name: t.confirmBind }).click()
      await page.getByRole("alert").getByText(errorText(locale, "WRONG_CODE")).waitFor()
      await enterTextedCode(page, locale, second)
      await page.getByRole("button", { name: t.confirmBind }).click()
      await page.getByTestId("bound-phone").getByText(second.slice(-4), { exact: false }).waitFor()
      expect((await me(token)).phone).toBe(`+86${second}`)

      await page.getByText(ADDRESS.line1).waitFor()
      await tab.looksRight(`${locale}-account`)
      await page.getByRole("button", { name: t.deleteAddressNamed(ADDRESS.line1) }).click()
      await page.getByText(t.noAddresses(t.keepAddress)).waitFor()
      expect((await storeGet<{ addresses: unknown[] }>("/store/customers/me/addresses", token)).addresses).toHaveLength(0)

      // Their data, as a file.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t.exportData }).click()])
      expect(download.suggestedFilename()).toBe(`doorstep-${customer.id}.json`)
      const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as {
        customer: { id: string; first_name: string; phone: string }
        appointments: Array<{ id: string }>
        tickets: Array<{ subject: string; messages: Array<{ body: string }> }>
      }
      expect(exported.customer).toMatchObject({ id: customer.id, first_name: "小美", phone: `+86${second}` })
      expect(exported.appointments.map((a) => a.id)).toContain(visitId)
      expect(exported.tickets[0].subject).toBe("美容师迟到")
      expect(exported.tickets[0].messages.map((m) => m.body)).toContain("请尽快给我回复，谢谢。")

      // Deleting: refused while the visit is still to come, with the way to it.
      await page.getByRole("button", { name: t.deleteAccount }).click()
      const confirmDelete = page.getByRole("button", { name: t.confirmDelete })
      expect(await confirmDelete.isDisabled()).toBe(true)
      await page.getByRole("checkbox", { name: t.deleteUnderstand }).check()
      await confirmDelete.click()
      await page.getByRole("alert").getByText(t.upcomingBlocks(1)).waitFor()
      await tab.looksRight(`${locale}-delete-refused`)
      await tab.follow(t.seeAppointments, /^\/appointments$/)
      await storeSend("POST", `/store/appointments/${visitId}/cancel`, token)

      // Then for good: signed out, and the phone now signs up someone new.
      await tab.visit(url(locale, "/account"))
      await page.getByRole("button", { name: t.deleteAccount }).click()
      await page.getByRole("checkbox", { name: t.deleteUnderstand }).check()
      await page.getByRole("button", { name: t.confirmDelete }).click()
      await page.waitForURL((u) => u.pathname === "/account/deleted")
      await page.getByRole("heading", { name: t.accountDeleted }).waitFor()
      // After an in-app navigation Next streams the new page's title in a moment later.
      await page.waitForFunction((title) => document.title.startsWith(title), t.accountDeleted)
      await page.getByRole("link", { name: t.signIn }).waitFor()
      await tab.looksRight(`${locale}-account-deleted`)
      expect((await page.context().cookies()).some((c) => c.name === "doorstep_session")).toBe(false)

      await tab.visit(url(locale, "/account"))
      expect(new URL(page.url()).pathname).toBe("/sign-in")
      // The number the account last had (its sign-in codes went with the account; the first one's still wait out their minute).
      await signInByPhone(page, locale, second)
      await page.waitForURL((u) => u.pathname === "/account")
      const again = await me(await customerToken(page))
      expect(again.id).not.toBe(customer.id)
      expect(again.first_name).toBeNull()
      expect(await page.getByLabel(t.firstName).inputValue()).toBe("")
    } finally {
      await tab.close()
    }
  })

  it("in English on a laptop, a new customer's pages say there is nothing yet", async () => {
    const locale = "en"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 1366, locale)
    const { page } = tab
    try {
      await tab.visit(url(locale, "/inbox"))
      await signInByPhone(page, locale, newPhone())
      await page.waitForURL((u) => u.pathname === "/en/inbox")
      await page.getByText(t.noNotices).waitFor()
      expect(await page.getByRole("radio", { name: "中文" }).isChecked()).toBe(true)
      await tab.looksRight(`${locale}-inbox-empty`)
      await tab.follow(t.navAccount, /^\/en\/account$/)
      await page.getByText(t.noAddresses(t.keepAddress)).waitFor()
      await page.getByText(t.emailNotSet).waitFor()
      await tab.looksRight(`${locale}-account`)
      await tab.follow(t.supportTitle, /^\/en\/support$/)
      await page.getByText(t.noTickets).waitFor()
      await tab.looksRight(`${locale}-support`)
      // Signing out from the account page.
      await tab.visit(url(locale, "/account"))
      await page.getByRole("button", { name: t.signOut }).click()
      await page.waitForURL((u) => u.pathname === "/en")
      await page.getByRole("link", { name: t.signIn }).waitFor()
    } finally {
      await tab.close()
    }
  })

  it("with commerce down, each page says so and offers to try again", async () => {
    const down = setting("JOURNEY_STOREFRONT_WITHOUT_COMMERCE_URL")
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, 390, locale)
    try {
      await tab.page.context().addCookies([{ name: "doorstep_session", value: "a-token-commerce-cannot-check", url: down }])
      for (const path of ["/inbox", "/support", "/account"]) {
        await tab.visit(`${down}${path}`)
        await tab.page.getByRole("alert").filter({ hasText: t.unavailableTitle }).waitFor()
        await tab.looksRight(`${locale}-commerce-down${path.replace("/", "-")}`)
      }
    } finally {
      await tab.close()
    }
  })
})
