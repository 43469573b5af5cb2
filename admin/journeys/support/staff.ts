import type { Page } from "playwright-core"
import { setting } from "../../../scripts/lib/browser-tab"

/** jingan-lumiere's manager (scripts/seed/data/accounts.json). */
export const MANAGER = { email: "manager@doorstep.local", password: "Doorstep2026!" }

/** Signs in to the back office as `account` on its sign-in page, and waits to be let in. */
export async function signIn(page: Page, account: { email: string; password: string } = MANAGER): Promise<void> {
  await page.goto(setting("JOURNEY_ADMIN_URL"), { waitUntil: "networkidle" })
  await page.waitForURL((url) => url.hash.startsWith("#/login"))
  await page.locator("input[name=username]").fill(account.email)
  await page.locator("input[name=password]").fill(account.password)
  await page.locator("button[type=submit]").click()
  await page.waitForURL((url) => !url.hash.startsWith("#/login"))
}
