import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { Tab } from "../../scripts/lib/browser-tab"
import { sql } from "../../storefront/journeys/support/database"
import { ADMIN, signIn, unique } from "./support/staff"

/**
 * The platform's support agent at work: hides a review that breaks the
 * rules, with a reason (the beautician's page and rating drop it at once),
 * and answers a customer's complaint in the ticket inbox.
 */

const SUPPORT = "support@doorstep.local"

/** One of the demo's completed visits, whose customer, beautician and service the setup below reuses. */
async function demoVisit() {
  const [visit] = await sql<{ customer_id: string; beautician_id: string; merchant_handle: string; variant_id: string }>(
    `select a."customer_id", a."beautician_id", b."merchant_handle", a."variant_id" from "appointment" a join "beautician" b on b."id" = a."beautician_id"
      where a."status" = 'completed' and a."deleted_at" is null order by a."starts_at" desc limit 1`,
  )
  if (!visit) throw new Error("The demo data has no completed visit")
  return visit
}

/** A visible one-star review of this run's own (the appointment id is its own: one review per appointment), its text starting with its id's tail. */
async function reviewToHide(): Promise<string> {
  const visit = await demoVisit()
  const id = `rev_journey_${unique()}`
  await sql(
    `insert into "review" ("id", "appointment_id", "customer_id", "beautician_id", "merchant_handle", "variant_id", "rating", "text", "photos")
     values ($1, $2, $3, $4, $5, $6, 1, $7, '[]')`,
    [id, `appt_${id}`, visit.customer_id, visit.beautician_id, visit.merchant_handle, visit.variant_id, `${id.slice(-6)} 加我微信 abc123 可以打折，比平台便宜`],
  )
  return id
}

/** A customer's open complaint, as `POST /store/tickets` leaves it. */
async function openComplaint(): Promise<{ id: string; subject: string }> {
  const visit = await demoVisit()
  const id = `tkt_journey_${unique()}`
  const subject = `美容师迟到 40 分钟 ${id.slice(-6)}`
  await sql(`insert into "ticket" ("id", "customer_id", "kind", "subject", "status", "merchant_handle", "last_message_at") values ($1, $2, 'complaint', $3, 'open', $4, now())`, [
    id,
    visit.customer_id,
    subject,
    visit.merchant_handle,
  ])
  await sql(`insert into "ticket_message" ("id", "author_type", "author_id", "body", "photos", "internal", "ticket_id") values ($1, 'customer', $2, '约好 14:00，美容师 14:40 才到，也没有提前打电话。', '[]', false, $3)`, [
    `tmsg_${id}`,
    visit.customer_id,
    id,
  ])
  return { id, subject }
}

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

test("a support agent hides a review with a reason and answers a customer's ticket", async () => {
  const review = await reviewToHide()
  const ticket = await openComplaint()
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    await signIn(page, SUPPORT)

    // The reviews list, narrowed to visible one-star reviews: the agent finds the review and opens it.
    const filter = encodeURIComponent(JSON.stringify({ rating: "1", hidden: "false" }))
    await page.goto(`${ADMIN}/#/reviews?filter=${filter}`, { waitUntil: "networkidle" })
    const row = page.getByText(`${review.slice(-6)} 加我微信`).first()
    await row.waitFor()
    await tab.looksRight("admin-support-reviews")
    await row.click()
    await page.waitForURL((url) => url.hash.includes(`/reviews/${review}/show`))
    await page.getByText("顾客可见").first().waitFor()
    await tab.looksRight("admin-support-review")
    await page.getByRole("button", { name: "隐藏" }).click()
    const dialog = page.getByRole("dialog")
    await dialog.getByLabel("原因").fill("评价中留有私人联系方式，引导线下交易")
    await dialog.getByRole("button", { name: "隐藏" }).click()
    await page.getByText("评价已隐藏").first().waitFor()
    await page.getByText("已对顾客隐藏：评价中留有私人联系方式，引导线下交易").first().waitFor()
    const [hidden] = await sql<{ hidden: boolean; hidden_reason: string }>(`select "hidden", "hidden_reason" from "review" where "id" = $1`, [review])
    expect(hidden).toEqual({ hidden: true, hidden_reason: "评价中留有私人联系方式，引导线下交易" })
    await tab.looksRight("admin-support-review-hidden")

    // The inbox: open tickets, newest message first.
    await page.goto(`${ADMIN}/#/tickets`, { waitUntil: "networkidle" })
    await page.getByText(ticket.subject).first().waitFor()
    await tab.looksRight("admin-support-tickets")
    await page.getByText(ticket.subject).first().click()
    await page.waitForURL((url) => url.hash.includes(`/tickets/${ticket.id}/show`))
    await page.getByText("也没有提前打电话").first().waitFor()
    await tab.looksRight("admin-support-ticket")
    const answer = "非常抱歉给您带来不便，我们已联系门店核实，并为您申请 20 元补偿券。"
    await page.getByLabel("回复客户").fill(answer)
    await page.getByRole("button", { name: "发送回复" }).click()
    await page.getByText("已发送回复").first().waitFor()
    await page.locator("li", { hasText: answer }).first().waitFor()
    const messages = await sql<{ author_type: string; body: string; internal: boolean }>(`select "author_type", "body", "internal" from "ticket_message" where "ticket_id" = $1 order by "created_at"`, [ticket.id])
    expect(messages.at(-1)).toEqual({ author_type: "staff", body: answer, internal: false })
    await tab.looksRight("admin-support-ticket-answered")
  } finally {
    await tab.close()
  }
})

test("on a phone the reviews list is a card list, and a hidden review says so", async () => {
  const review = await reviewToHide()
  await sql(`update "review" set "hidden" = true, "hidden_reason" = '广告' where "id" = $1`, [review])
  const tab = await Tab.open(browser, 390, "zh-CN")
  const { page } = tab
  try {
    await signIn(page, SUPPORT)
    const filter = encodeURIComponent(JSON.stringify({ rating: "1", hidden: "true" }))
    await page.goto(`${ADMIN}/#/reviews?filter=${filter}`, { waitUntil: "networkidle" })
    await page.getByText(`${review.slice(-6)} 加我微信`).first().waitFor()
    await tab.looksRight("admin-support-reviews-phone")
    await page.getByText(`${review.slice(-6)} 加我微信`).first().click()
    await page.getByText("已对顾客隐藏：广告").first().waitFor()
    await tab.looksRight("admin-support-review-phone")
  } finally {
    await tab.close()
  }
})

/** An unanswered four-star review of this run's own, of one of `merchant`'s demo visits, its text starting with its id's tail. */
async function unansweredReviewOf(merchant: string): Promise<{ id: string; text: string }> {
  const [visit] = await sql<{ customer_id: string; beautician_id: string; variant_id: string }>(
    `select a."customer_id", a."beautician_id", a."variant_id" from "appointment" a join "beautician" b on b."id" = a."beautician_id"
      where a."status" = 'completed' and a."deleted_at" is null and b."merchant_handle" = $1 order by a."starts_at" desc limit 1`,
    [merchant],
  )
  if (!visit) throw new Error(`The demo data has no completed visit of ${merchant}`)
  const id = `rev_journey_${unique()}`
  const text = `${id.slice(-6)} 手法不错，就是晚到了十分钟`
  await sql(
    `insert into "review" ("id", "appointment_id", "customer_id", "beautician_id", "merchant_handle", "variant_id", "rating", "text", "photos")
     values ($1, $2, $3, $4, $5, $6, 4, $7, '[]')`,
    [id, `appt_${id}`, visit.customer_id, visit.beautician_id, merchant, visit.variant_id, text],
  )
  return { id, text }
}

test("a studio manager finds an unanswered review of the studio and replies to it", async () => {
  const review = await unansweredReviewOf("jingan-lumiere")
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    await signIn(page)
    const filter = encodeURIComponent(JSON.stringify({ replied: "false" }))
    await page.goto(`${ADMIN}/#/reviews?filter=${filter}`, { waitUntil: "networkidle" })
    const row = page.getByText(review.text).first()
    await row.waitFor()
    await tab.looksRight("admin-manager-reviews")
    await row.click()
    await page.waitForURL((url) => url.hash.includes(`/reviews/${review.id}/show`))
    const answer = "抱歉让您久等了，我们已提醒美容师提前出发，期待再次为您服务。"
    await page.getByLabel("您的回复").fill(answer)
    await page.getByRole("button", { name: "发送回复" }).click()
    await page.getByText("回复已发送").first().waitFor()
    await page.getByText(answer).first().waitFor()
    const [replied] = await sql<{ reply: string }>(`select "reply" from "review" where "id" = $1`, [review.id])
    expect(replied).toEqual({ reply: answer })
    await tab.looksRight("admin-manager-review-replied")
  } finally {
    await tab.close()
  }
})
