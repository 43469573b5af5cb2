import type { Browser, Page } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { setting, Tab } from "../../scripts/lib/browser-tab"
import { sql } from "../../storefront/journeys/support/database"
import { ADMIN, signIn } from "./support/staff"

/**
 * A studio's manager runs a promotion (M10): signs in, adds a code taking
 * 20 % off one of the studio's own services, and finds it in the list,
 * running, with no uses yet.
 */

const COMMERCE = setting("JOURNEY_COMMERCE_URL")

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A service of the studio's own for the code to apply to (the demo studios sell the platform's catalogue only), added as its manager. */
async function ownService(page: Page, name: string): Promise<string> {
  const answer = await page.evaluate(
    async ({ commerce, name }) => {
      const token = localStorage.getItem("doorstep_admin_jwt")
      const response = await fetch(`${commerce}/admin/merchants/jingan-lumiere/services`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          title: { "zh-CN": name, en: "Journey massage" },
          category: "massage",
          status: "published",
          variants: [{ title: { "zh-CN": "60 分钟", en: "60 min" }, duration_minutes: 60, price_fen: 19800 }],
        }),
      })
      return { status: response.status, body: await response.json() }
    },
    { commerce: COMMERCE, name },
  )
  if (answer.status !== 201) throw new Error(`No service: ${JSON.stringify(answer.body)}`)
  return answer.body.service.id as string
}

test("a studio's manager adds a promotion code for one of the studio's services and sees it listed", async () => {
  const stamp = Date.now().toString(36).toUpperCase()
  const code = `JOURNEY${stamp}`
  const serviceName = `旅程按摩 ${stamp}`
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    await signIn(page)
    const serviceId = await ownService(page, serviceName)

    await page.goto(`${ADMIN}/#/promotions`, { waitUntil: "networkidle" })
    await page.locator("main").first().waitFor()
    await tab.looksRight("admin-promotions")

    await page.goto(`${ADMIN}/#/promotions/create`, { waitUntil: "networkidle" })
    await page.getByLabel("优惠码").first().fill(code.toLowerCase())
    await page.getByLabel("折扣比例（%）").fill("20")
    await page.getByRole("combobox", { name: "适用服务" }).click()
    await page.getByRole("combobox", { name: "适用服务" }).fill(stamp)
    await page.getByRole("option", { name: serviceName }).click()
    await page.getByLabel("使用次数上限").fill("50")
    await tab.looksRight("admin-promotion-create")
    await page.getByRole("button", { name: "保存" }).click()

    await page.waitForURL((url) => url.hash.startsWith("#/promotions") && !url.hash.includes("create"))
    const row = page.locator("table tbody tr", { hasText: code })
    await row.waitFor()
    await row.getByText("20%").waitFor()
    await row.getByText("0 / 50").waitFor()
    await row.locator(".MuiChip-root", { hasText: "进行中" }).waitFor()
    await tab.looksRight("admin-promotions-listed")

    const [stored] = await sql<{ code: string; owner: string; limit: number }>(`select "code", "metadata"->>'merchant_handle' as "owner", "limit" from "promotion" where "code" = $1 and "deleted_at" is null`, [code])
    expect(stored).toEqual({ code, owner: "jingan-lumiere", limit: 50 })
    const [rule] = await sql<{ value: string }>(
      `select v."value" from "promotion" p join "promotion_application_method" m on m."promotion_id" = p."id"
         join "application_method_target_rules" t on t."application_method_id" = m."id" join "promotion_rule_value" v on v."promotion_rule_id" = t."promotion_rule_id"
        where p."code" = $1`,
      [code],
    )
    expect(rule.value).toBe(serviceId)
  } finally {
    await tab.close()
  }
})
