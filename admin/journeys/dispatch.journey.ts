import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { setting, Tab } from "../../scripts/lib/browser-tab"
import { localePath, messagesFor } from "../../storefront/lib/i18n"
import { openPortalAs } from "../../storefront/journeys/support/beautician"
import { storeGet } from "../../storefront/journeys/support/booking"
// The storefront's journeys set up what no page makes with the same statement helper.
import { sql } from "../../storefront/journeys/support/database"
import { signIn } from "./support/staff"

/**
 * A studio's manager starts the day on the dispatch board: a paid job nobody
 * has taken waits there with the beauticians who could take it; the manager
 * gives it to one (confirming, with a reason), the board drops it from the
 * queue, the appointment's dispatch log says who assigned it to whom, and
 * the beautician finds the job in the portal on their phone.
 */

const ADMIN = setting("JOURNEY_ADMIN_URL")
const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const STUDIO = "jingan-lumiere"

/**
 * A paid job of the studio's that nobody has taken yet (`confirmed`), at a
 * time one of its beauticians can take it: one of the studio's demo visits
 * booked again at the first start the store's availability offers one of the
 * studio's beauticians from tomorrow, at that beautician's home district. The
 * job sits on that beautician's calendar, as a booking does until someone
 * takes it. What the journey needs that no back-office page makes.
 */
async function unassignedJob(): Promise<{ id: string; start: Date }> {
  const [visit] = await sql<{ variant_id: string; lat: number; lng: number; district: string }>(
    `select a."variant_id", b."home_lat" as "lat", b."home_lng" as "lng", b."home_district" as "district"
       from "appointment" a join "beautician" b on b."id" = a."beautician_id"
      where b."merchant_handle" = $1 and b."status" = 'active' and a."deleted_at" is null and a."price_fen" > 0 and b."home_district" is not null
      order by a."starts_at" desc limit 1`,
    [STUDIO],
  )
  if (!visit) throw new Error(`The demo data has no paid visit of ${STUDIO}'s to book again`)
  const staff = new Set((await sql<{ id: string }>(`select "id" from "beautician" where "merchant_handle" = $1 and "status" = 'active'`, [STUDIO])).map((b) => b.id))
  const tomorrow = new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 10)
  const { slots } = await storeGet<{ slots: Array<{ start: string; end: string; beautician_ids: string[] }> }>(
    `/store/availability?variant_id=${visit.variant_id}&lat=${visit.lat}&lng=${visit.lng}&district=${encodeURIComponent(visit.district)}&date=${tomorrow}&days=7`,
  )
  const slot = slots.find((s) => s.beautician_ids.some((id) => staff.has(id)))
  if (!slot) throw new Error(`Nobody of ${STUDIO}'s is free in the week from ${tomorrow}`)
  const beautician = slot.beautician_ids.find((id) => staff.has(id))!
  const id = `appt_journey_dispatch_${Date.now()}`
  const [made] = await sql<{ id: string; starts_at: Date }>(
    `insert into "appointment" ("id", "status", "customer_id", "variant_id", "order_id", "starts_at", "ends_at", "blocked_from", "blocked_until", "travel_in_minutes",
        "address", "lat", "lng", "paid_fen", "price_fen", "payment_status", "beautician_id")
     select $1, 'confirmed', a."customer_id", a."variant_id", null, $2::timestamptz, $3::timestamptz, $2::timestamptz - interval '30 minutes', $3::timestamptz + interval '15 minutes', 30,
            jsonb_set(a."address"::jsonb, '{district}', to_jsonb($6::text)), $4::float8, $5::float8, a."price_fen", a."price_fen", 'paid', $7
       from "appointment" a join "beautician" b on b."id" = a."beautician_id"
      where b."merchant_handle" = $8 and a."variant_id" = $9 and a."deleted_at" is null and a."price_fen" > 0
      order by a."starts_at" desc limit 1
     returning "id", "starts_at"`,
    [id, slot.start, slot.end, visit.lat, visit.lng, visit.district, beautician, STUDIO, visit.variant_id],
  )
  return { id: made.id, start: new Date(made.starts_at) }
}

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

test("a studio's manager assigns a waiting job from the dispatch board, and the beautician finds it in the portal", async () => {
  const job = await unassignedJob()
  const phone = await Tab.open(browser, 390, "zh-CN")
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    // On a phone: the queue first, the map under it.
    await signIn(phone.page)
    await phone.page.goto(`${ADMIN}/#/dispatch`, { waitUntil: "networkidle" })
    await phone.page.locator(`article[data-appointment="${job.id}"]`).waitFor()
    await phone.page.locator(".leaflet-container").waitFor()
    await phone.looksRight("admin-dispatch-phone")

    await signIn(page)
    // The board is in the menu, near the top.
    await page.getByRole("menuitem", { name: "派单看板" }).click()
    await page.waitForURL((url) => url.hash.startsWith("#/dispatch"))
    const card = page.locator(`article[data-appointment="${job.id}"]`)
    await card.waitFor()
    await card.locator(".MuiChip-root", { hasText: "未派单" }).waitFor()
    await page.locator(".dispatch-job-pin").first().waitFor()
    // The job's beautician candidates, each with distance and load, and a button to assign.
    const assign = card.getByRole("button", { name: /^派单 / })
    await assign.first().waitFor()
    const name = (await assign.first().getAttribute("aria-label"))!.replace(/^派单 /, "")
    await tab.looksRight("admin-dispatch")

    await assign.first().click()
    const dialog = page.getByRole("dialog")
    await dialog.getByText(`把这单派给 ${name}？`).waitFor()
    await expect(dialog.getByLabel(/原因/).inputValue()).resolves.toBe("派单看板人工派单")
    await tab.looksRight("admin-dispatch-assign")
    await dialog.getByRole("button", { name: `派给 ${name}` }).click()
    await page.getByText(`已派给 ${name}`).first().waitFor()
    // Read again at once: the job has its beautician and leaves the queue.
    await card.waitFor({ state: "detached" })
    const [stored] = await sql<{ status: string; beautician_id: string; email: string; display_name: string }>(
      `select a."status", a."beautician_id", b."email", b."display_name" from "appointment" a join "beautician" b on b."id" = a."beautician_id" where a."id" = $1`,
      [job.id],
    )
    expect(stored).toMatchObject({ status: "assigned", display_name: name })
    await tab.looksRight("admin-dispatch-after")

    // The appointment's dispatch log: who gave it to whom, and why.
    await page.goto(`${ADMIN}/#/appointments/${job.id}/show`, { waitUntil: "networkidle" })
    await page.getByText(`派给 ${name}`).first().waitFor()
    await page.getByText("派单看板人工派单").first().waitFor()
    await tab.looksRight("admin-appointment-dispatch-log")
  } finally {
    await tab.close()
    await phone.close()
  }

  // The beautician, on their phone: the job is on that day of their schedule, and opens.
  const [{ email }] = await sql<{ email: string }>(`select b."email" from "appointment" a join "beautician" b on b."id" = a."beautician_id" where a."id" = $1`, [job.id])
  const pro = await Tab.open(browser, 390, "zh-CN")
  try {
    const date = new Date(job.start.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
    await openPortalAs(pro, "zh-CN", email, `/pro/schedule?view=day&date=${date}`)
    const link = pro.page.locator(`a[href="${localePath("zh-CN", `/pro/jobs/${job.id}`)}"]`).first()
    await link.waitFor()
    await pro.looksRight("admin-dispatch-pro-schedule")
    await link.click()
    await pro.page.waitForURL((url) => url.pathname === localePath("zh-CN", `/pro/jobs/${job.id}`))
    await pro.page.getByRole("button", { name: messagesFor("zh-CN").jobStep.en_route }).waitFor()
    expect(new URL(pro.page.url()).origin).toBe(new URL(STOREFRONT).origin)
  } finally {
    await pro.close()
  }
})
