import type { Page } from "playwright-core"
import { setting } from "../../scripts/lib/browser-tab"

/** The back office the journeys walk through. */
export const ADMIN = setting("JOURNEY_ADMIN_URL")

/** jingan-lumiere's manager (scripts/seed/data/accounts.json). */
export const MANAGER = { email: "manager@doorstep.local", password: "Doorstep2026!" }

/** Signs in on the back office's login page as `who`, and waits to be let in. */
export async function signIn(page: Page, who: { email: string; password: string } = MANAGER): Promise<void> {
  await page.goto(ADMIN, { waitUntil: "networkidle" })
  await page.waitForURL((url) => url.hash.startsWith("#/login"))
  await page.locator("input[name=username]").fill(who.email)
  await page.locator("input[name=password]").fill(who.password)
  await page.locator("button[type=submit]").click()
  await page.waitForURL((url) => !url.hash.startsWith("#/login"))
}
