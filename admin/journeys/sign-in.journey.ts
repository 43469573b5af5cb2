import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { setting, Tab } from "../../scripts/lib/browser-tab"

/**
 * The back office's door: the platform's admin signs in with the demo login
 * and lands in the back office; a wrong password keeps them on the sign-in page.
 */

const ADMIN = setting("JOURNEY_ADMIN_URL")
const PLATFORM = { email: "admin@doorstep.local", password: "Doorstep2026!" }

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

test("the platform's admin signs in; a wrong password is refused", async () => {
  const tab = await Tab.open(browser, 1366, "zh-CN")
  const { page } = tab
  try {
    await page.goto(ADMIN, { waitUntil: "networkidle" })
    await page.waitForURL((url) => url.hash.startsWith("#/login"))
    await page.locator("input[name=username]").fill(PLATFORM.email)
    await page.locator("input[name=password]").fill("not-the-password")
    await page.locator("button[type=submit]").click()
    await page.getByRole("alert").waitFor()
    expect(new URL(page.url()).hash).toMatch(/^#\/login/)

    await page.locator("input[name=password]").fill(PLATFORM.password)
    await page.locator("button[type=submit]").click()
    await page.waitForURL((url) => !url.hash.startsWith("#/login"))
    await page.locator("main").first().waitFor()
    await tab.looksRight("admin-platform-signed-in")
  } finally {
    await tab.close()
  }
})
