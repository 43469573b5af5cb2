import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { Tab } from "../../scripts/lib/browser-tab"
import { sql } from "../../storefront/journeys/support/database"
import { ADMIN, signIn, unique } from "./support/staff"

/**
 * The platform's operator at work: approves a studio waiting in the
 * verification queue, then approves and pays a beautician's withdrawal with
 * the bank transfer's reference — the ledger then holds the payment. On the
 * way: a studio's monthly statement and the access log.
 */

const ADMIN_LOGIN = "admin@doorstep.local"
/** A licence photo that needs no network: the page must not log a failed image. */
const LICENCE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400" fill="#fdf6e3"/><text x="40" y="80" font-size="36">营业执照 · Business licence</text></svg>')}`

/** A studio that has handed in its licence and submitted it, as `POST /admin/merchants/:handle/submit` leaves it. */
async function submittedStudio(): Promise<{ handle: string; name: string }> {
  const id = unique()
  const studio = { handle: `journey-review-${id}`, name: `待审门店 ${id}` }
  await sql(
    `insert into "merchant" ("id", "handle", "name", "contact_phone", "district", "address", "status", "legal_name", "credit_code", "licence_image_url", "submitted_at")
     values ($1, $2, $3, '+8613900000000', '静安区', '南京西路 1 号', 'pending_review', $4, '91310000MA1FL8XQ3J', $5, now())`,
    [`mer_journey_${id}`, studio.handle, studio.name, `上海${id}美容有限公司`, LICENCE],
  )
  return studio
}

/**
 * A beautician's requested withdrawal, with the ledger holding the money it
 * asks for (an adjustment, as finance would book it). The amount is this
 * run's own, so the row can be told apart in the queue.
 */
async function requestedWithdrawal(): Promise<{ id: string; amount_fen: number; beautician_id: string }> {
  const [beautician] = await sql<{ id: string; merchant_handle: string }>(`select "id", "merchant_handle" from "beautician" where "deleted_at" is null order by "created_at" limit 1`)
  if (!beautician) throw new Error("The demo data has no beautician")
  const id = unique()
  const amount = 100_000 + Math.floor(Math.random() * 89_999)
  await sql(
    `insert into "ledger_entry" ("id", "appointment_id", "merchant_handle", "beautician_id", "account", "kind", "amount_fen", "note") values ($1, null, $2, $3, 'beautician', 'adjustment', $4, 'journey: money to withdraw')`,
    [`ledg_journey_${id}`, beautician.merchant_handle, beautician.id, amount],
  )
  const withdrawal = `wdrl_journey_${id}`
  await sql(`insert into "withdrawal" ("id", "beautician_id", "merchant_handle", "amount_fen", "status") values ($1, $2, $3, $4, 'requested')`, [withdrawal, beautician.id, beautician.merchant_handle, amount])
  return { id: withdrawal, amount_fen: amount, beautician_id: beautician.id }
}

/** ¥1,234.56 as the back office writes it in zh-CN. */
const yuan = (fen: number) => new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY", minimumFractionDigits: fen % 100 ? 2 : 0, maximumFractionDigits: 2 }).format(fen / 100)

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

test("a platform admin approves a studio waiting for review and pays a withdrawal", async () => {
  const studio = await submittedStudio()
  const withdrawal = await requestedWithdrawal()
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    await signIn(page, ADMIN_LOGIN)

    // The verification queue: studios waiting for review.
    await page.goto(`${ADMIN}/#/merchants`, { waitUntil: "networkidle" })
    await page.getByText(studio.name).first().waitFor()
    await tab.looksRight("admin-platform-review-queue")
    await page.getByText(studio.name).first().click()
    await page.waitForURL((url) => url.hash.includes(`/merchants/${studio.handle}/show`))
    await page.getByText(`上海`).first().waitFor()
    await tab.looksRight("admin-platform-studio")

    await page.getByRole("button", { name: "通过" }).click()
    const approve = page.getByRole("dialog")
    await approve.getByText("通过这家门店的入驻申请？").waitFor()
    await approve.getByRole("button", { name: "通过" }).click()
    await page.getByText("已保存审核决定").first().waitFor()
    await page.locator(".MuiChip-root", { hasText: "已通过" }).first().waitFor()
    const [approved] = await sql<{ status: string }>(`select "status" from "merchant" where "handle" = $1`, [studio.handle])
    expect(approved.status).toBe("approved")
    await tab.looksRight("admin-platform-studio-approved")

    // The withdrawal queue: approve the request, then pay it with the transfer's reference.
    await page.goto(`${ADMIN}/#/withdrawals`, { waitUntil: "networkidle" })
    const requested = page.locator("tbody tr", { hasText: yuan(withdrawal.amount_fen) })
    await requested.first().waitFor()
    await tab.looksRight("admin-platform-withdrawals")
    await requested.getByRole("button", { name: "批准" }).click()
    const approveWithdrawal = page.getByRole("dialog")
    await approveWithdrawal.getByRole("button", { name: "批准" }).click()
    await page.getByText("提现已更新").first().waitFor()
    // Approved, it leaves the queue of requests.
    await requested.first().waitFor({ state: "detached" })
    const [approvedWithdrawal] = await sql<{ status: string }>(`select "status" from "withdrawal" where "id" = $1`, [withdrawal.id])
    expect(approvedWithdrawal.status).toBe("approved")

    await page.getByRole("combobox", { name: "状态" }).click()
    await page.getByRole("option", { name: "已批准" }).click()
    const approvedRow = page.locator("tbody tr", { hasText: yuan(withdrawal.amount_fen) })
    await approvedRow.first().waitFor()
    await approvedRow.getByRole("button", { name: "打款" }).click()
    const pay = page.getByRole("dialog")
    const reference = `CMB${unique().toUpperCase()}`
    await pay.getByLabel("转账流水号").fill(reference)
    // No width check with the dialog open: at phone width the list becomes cards and the row's dialog closes.
    await pay.getByRole("button", { name: "打款" }).click()
    await page.getByText("提现已更新").first().waitFor()
    const [paid] = await sql<{ status: string; transfer_reference: string }>(`select "status", "transfer_reference" from "withdrawal" where "id" = $1`, [withdrawal.id])
    expect(paid).toEqual({ status: "paid", transfer_reference: reference })
    const ledger = await sql<{ amount_fen: number }>(`select "amount_fen" from "ledger_entry" where "kind" = 'withdrawal' and "note" = $1`, [`withdrawal ${withdrawal.id}`])
    expect(ledger.map((row) => Number(row.amount_fen))).toEqual([-withdrawal.amount_fen])

    await page.getByRole("combobox", { name: "状态" }).click()
    await page.getByRole("option", { name: "已打款" }).click()
    await page.locator("tbody tr", { hasText: reference }).first().waitFor()
    await tab.looksRight("admin-platform-withdrawal-paid")

    // A studio's money: this month's statement, line by line.
    await page.goto(`${ADMIN}/#/merchants/jingan-lumiere/show/3`, { waitUntil: "networkidle" })
    await page.getByText("月结单").first().waitFor()
    await page.getByText("期末余额").first().waitFor()
    await tab.looksRight("admin-platform-statement")

    // The access log: the reads of personal data staff made, newest first.
    await page.goto(`${ADMIN}/#/access-log`, { waitUntil: "networkidle" })
    await page.getByText("显示最近 200 条").first().waitFor()
    await tab.looksRight("admin-platform-access-log")
  } finally {
    await tab.close()
  }
})
