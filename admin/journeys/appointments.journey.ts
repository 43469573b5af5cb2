import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { setting, Tab } from "../../scripts/lib/browser-tab"
// The storefront's journeys set up what no page makes with the same statement helper.
import { sql } from "../../storefront/journeys/support/database"
import { signIn } from "./support/staff"

/**
 * A studio's front desk at work on appointments: the studio's manager signs
 * in, finds a customer's paid appointment in the list, opens it, and cancels
 * it for the customer with a reason and the fee waived — the page then says
 * cancelled, with the reason and who did it. Typing another studio's
 * appointment into the address bar shows "not found", never its details.
 */

const ADMIN = setting("JOURNEY_ADMIN_URL")

/**
 * A paid, upcoming appointment of `studio`'s: one of its demo visits booked
 * again `days` from now at the same hour (the demo data holds past visits
 * only). What the journey needs that no back-office page makes.
 */
async function upcomingOf(studio: string, days: number): Promise<string> {
  const id = `appt_journey_${studio.replace(/-/g, "_")}_${Date.now()}`
  const [made] = await sql<{ id: string }>(
    `insert into "appointment" ("id", "status", "customer_id", "variant_id", "order_id", "starts_at", "ends_at", "blocked_from", "blocked_until", "travel_in_minutes",
       "address", "lat", "lng", "paid_fen", "price_fen", "payment_status", "beautician_id")
     select $1, 'confirmed', a."customer_id", a."variant_id", null, a."starts_at" + $2::interval, a."ends_at" + $2::interval, a."blocked_from" + $2::interval, a."blocked_until" + $2::interval,
            a."travel_in_minutes", a."address", a."lat", a."lng", a."price_fen", a."price_fen", 'paid', a."beautician_id"
       from "appointment" a join "beautician" b on b."id" = a."beautician_id"
      where b."merchant_handle" = $3 and a."deleted_at" is null and a."price_fen" > 0
      order by a."starts_at" desc limit 1
     returning "id"`,
    [id, `${days} days`, studio],
  )
  if (!made) throw new Error(`The demo data has no paid visit of ${studio} to book again`)
  return made.id
}

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

test("a studio's manager cancels a customer's appointment with a reason, and cannot open another studio's", async () => {
  const ours = await upcomingOf("jingan-lumiere", 30)
  const theirs = await upcomingOf("xuhui-qingyu", 31)
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    await signIn(page)
    await page.goto(`${ADMIN}/#/appointments`, { waitUntil: "networkidle" })
    await page.locator("main").first().waitFor()
    await page.locator("table tbody tr").first().waitFor()
    await tab.looksRight("admin-appointments")

    await page.goto(`${ADMIN}/#/appointments/${ours}/show`, { waitUntil: "networkidle" })
    await page.getByText("已付款，待派单").first().waitFor()
    await tab.looksRight("admin-appointment")

    await page.getByRole("button", { name: "取消预约" }).click()
    const dialog = page.getByRole("dialog")
    await dialog.getByLabel("原因（会记录在案）").fill("客户来电，家里临时有事")
    await dialog.getByLabel("免收违约金，全额退款").check()
    await tab.looksRight("admin-appointment-cancel")
    await dialog.getByRole("button", { name: "取消预约" }).click()
    await page.getByText("预约已取消").first().waitFor()
    await page.getByText("客户来电，家里临时有事").first().waitFor()
    await page.locator(".MuiChip-root", { hasText: "已取消" }).first().waitFor()
    const [stored] = await sql<{ status: string; refund_fen: number; paid_fen: number }>(`select "status", "refund_fen", "paid_fen" from "appointment" where "id" = $1`, [ours])
    expect(stored.status).toBe("cancelled")
    expect(stored.refund_fen).toBe(stored.paid_fen)
    await tab.looksRight("admin-appointment-cancelled")

    // Another studio's appointment by its address: not found, and nothing of it shown.
    tab.expectRefusal(404, `/admin/appointments/${theirs}`)
    await page.goto(`${ADMIN}/#/appointments/${theirs}/show`, { waitUntil: "networkidle" })
    await page.getByText("没有找到").first().waitFor()
    await page.waitForURL((url) => !url.hash.includes(theirs))
  } finally {
    await tab.close()
  }
})
