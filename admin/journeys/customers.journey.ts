import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { Tab } from "../../scripts/lib/browser-tab"
import { sql } from "../../storefront/journeys/support/database"
import { ADMIN, signIn, unique } from "./support/staff"

/**
 * A studio's manager looks after a customer (M6): finds them among the
 * studio's customers, opens them, and leaves a private note for colleagues.
 * The read is in the access log.
 */

const MANAGER = "manager@doorstep.local" // jingan-lumiere's manager
const STUDIO = "jingan-lumiere"

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

test("a studio's manager opens a customer and adds a private note", async () => {
  const [customer] = await sql<{ customer_id: string }>(
    `select a."customer_id" from "appointment" a join "beautician" b on b."id" = a."beautician_id"
      where b."merchant_handle" = $1 and a."status" = 'completed' and a."deleted_at" is null order by a."starts_at" desc limit 1`,
    [STUDIO],
  )
  if (!customer) throw new Error(`The demo data has no completed visit of ${STUDIO}`)
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    await signIn(page, MANAGER)
    await page.goto(`${ADMIN}/#/customers`, { waitUntil: "networkidle" })
    await page.locator("tbody tr").first().waitFor()
    await tab.looksRight("admin-customers")

    await page.goto(`${ADMIN}/#/customers/${customer.customer_id}/show`, { waitUntil: "networkidle" })
    await page.getByText("内部备注").first().waitFor()
    const note = `对精油过敏，请用无香型产品（${unique()}）`
    await page.getByLabel("新备注").fill(note)
    await page.getByRole("button", { name: "添加备注" }).click()
    await page.getByText("备注已添加").first().waitFor()
    await page.locator("li", { hasText: note }).first().waitFor()
    const stored = await sql<{ body: string }>(`select "body" from "studio_customer_note" where "merchant_handle" = $1 and "customer_id" = $2 and "body" = $3`, [STUDIO, customer.customer_id, note])
    expect(stored).toHaveLength(1)
    await tab.looksRight("admin-customer")

    const reads = await sql<{ route: string }>(`select "route" from "personal_data_access" where "merchant_handle" = $1 and "subject_id" = $2`, [STUDIO, customer.customer_id])
    expect(reads.length).toBeGreaterThan(0)
  } finally {
    await tab.close()
  }
})
