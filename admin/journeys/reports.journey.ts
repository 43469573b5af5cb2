import fs from "node:fs"
import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { Tab } from "../../scripts/lib/browser-tab"
// The storefront's journeys set up what no page makes with the same statement helper.
import { sql } from "../../storefront/journeys/support/database"
import { ADMIN, signIn } from "./support/staff"

/**
 * A studio's manager trusts the numbers: the back office opens on the
 * dashboard, whose 30-day revenue tile leads to the revenue report over the
 * same days; the CSV exported there totals, to the fen, what the tile said.
 */

const STUDIO = "jingan-lumiere"

/**
 * A visit of the studio's completed yesterday and paid for, with the shares
 * the ledger books for a completed job (platform, studio, beautician; kind
 * `service`), so the 30 days' revenue is never zero whatever the demo data
 * holds. The report counts the ledger's job shares by the day booked.
 */
async function completedJob(studio: string): Promise<{ id: string; price_fen: number }> {
  const id = `appt_journey_reports_${Date.now()}`
  const [job] = await sql<{ id: string; price_fen: number; beautician_id: string }>(
    `insert into "appointment" ("id", "status", "customer_id", "variant_id", "order_id", "starts_at", "ends_at", "blocked_from", "blocked_until", "travel_in_minutes",
       "address", "lat", "lng", "paid_fen", "price_fen", "payment_status", "beautician_id")
     select $1, 'completed', a."customer_id", a."variant_id", null, now() - interval '1 day', now() - interval '1 day' + (a."ends_at" - a."starts_at"),
            now() - interval '1 day' - (a."starts_at" - a."blocked_from"), now() - interval '1 day' + (a."blocked_until" - a."starts_at"),
            a."travel_in_minutes", a."address", a."lat", a."lng", a."price_fen", a."price_fen", 'paid', a."beautician_id"
       from "appointment" a join "beautician" b on b."id" = a."beautician_id"
      where b."merchant_handle" = $2 and a."deleted_at" is null and a."price_fen" > 0
      order by a."starts_at" desc limit 1
     returning "id", "price_fen", "beautician_id"`,
    [id, studio],
  )
  if (!job) throw new Error(`The demo data has no paid visit of ${studio} to copy`)
  const platform = Math.round(job.price_fen * 0.1)
  const beautician = Math.round((job.price_fen - platform) * 0.6)
  const shares = { platform, merchant: job.price_fen - platform - beautician, beautician }
  for (const [account, amount] of Object.entries(shares)) {
    await sql(
      `insert into "ledger_entry" ("id", "appointment_id", "merchant_handle", "beautician_id", "account", "kind", "amount_fen", "note", "created_at", "updated_at")
       values ($1, $2, $3, $4, $5, 'service', $6, 'journey: reports', now() - interval '1 hour', now() - interval '1 hour')`,
      [`ledg_${id}_${account}`, job.id, studio, job.beautician_id, account, amount],
    )
  }
  return job
}

/** An amount as the page shows it (¥1,234.5 or ¥1,234) in fen. */
const fenOf = (text: string) => Math.round(Number(text.replace(/[^\d.-]/g, "")) * 100)

/** A CSV the server wrote: a byte-order mark, a header row, the rows and a totals row (keyed `total`). */
function csvTotals(text: string): Record<string, string> {
  const [header, ...lines] = text.replace(/^\uFEFF/, "").trim().split(/\r?\n/)
  const columns = header.split(",")
  const totals = lines.map((line) => line.split(",")).find((cells) => cells[0] === "total")
  if (!totals) throw new Error(`No totals row in the CSV:\n${text}`)
  return Object.fromEntries(columns.map((column, i) => [column, totals[i]]))
}

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

test("a studio's manager exports the revenue CSV behind the dashboard's 30-day figure, and the totals agree", async () => {
  const job = await completedJob(STUDIO)
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    await signIn(page)
    // The back office opens on the dashboard.
    const tile = page.locator('[data-figure="revenue_30"]')
    await tile.waitFor()
    await page.getByRole("heading", { name: "今日预约" }).waitFor()
    await page.getByRole("heading", { name: "近 30 天每日收入" }).waitFor()
    await page.locator(".recharts-area").first().waitFor()
    const shown = (await tile.locator("[data-value]").textContent()) ?? ""
    const revenue30 = fenOf(shown)
    expect(revenue30).toBeGreaterThanOrEqual(job.price_fen)
    await tab.looksRight("admin-dashboard")

    // The tile opens the revenue report over the tile's own days.
    await tile.click()
    await page.waitForURL((url) => url.hash.startsWith("#/reports") && url.hash.includes("report=revenue"))
    await page.locator("[data-totals]").waitFor()
    const reported = fenOf((await page.locator('[data-figure="net_fen"]').textContent()) ?? "")
    expect(reported).toBe(revenue30)
    await tab.looksRight("admin-reports")

    // The CSV, as the browser saves it.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 CSV" }).click()])
    expect(download.suggestedFilename()).toMatch(new RegExp(`^doorstep-revenue-${STUDIO}-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}-by-day\\.csv$`))
    const file = await download.path()
    const totals = csvTotals(fs.readFileSync(file!, "utf8"))
    expect(Number(totals.net_fen)).toBe(revenue30)
    expect(Number(totals.gross_fen)).toBe(Number(totals.net_fen) + Number(totals.refund_fen))
    await page.getByText("CSV 已保存").first().waitFor()

    // Another grouping of the same report: same totals.
    await page.getByLabel("分组").click()
    await page.getByRole("option", { name: "美容师" }).click()
    await page.waitForURL((url) => url.hash.includes("group_by=beautician"))
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
    expect(fenOf((await page.locator('[data-figure="net_fen"]').textContent()) ?? "")).toBe(revenue30)
  } finally {
    await tab.close()
  }
})

test("at a phone's width the dashboard and the reports read well", async () => {
  const tab = await Tab.open(browser, 390, "zh-CN")
  const { page } = tab
  try {
    await signIn(page)
    await page.locator('[data-figure="revenue_30"]').waitFor()
    await page.getByRole("heading", { name: "今日预约" }).waitFor()
    await tab.looksRight("admin-dashboard-phone")
    await page.goto(`${ADMIN}/#/reports?report=bookings`, { waitUntil: "networkidle" })
    await page.locator("[data-totals]").waitFor()
    await tab.looksRight("admin-reports-phone")
  } finally {
    await tab.close()
  }
})
