import type { Page } from "playwright-core"
import { setting } from "../../../scripts/lib/browser-tab"

export const ADMIN = setting("JOURNEY_ADMIN_URL")
/** Every demo back-office login shares this password (scripts/seed/data/accounts.json). */
const PASSWORD = "Doorstep2026!"

/** Signs in to the back office as `email` and waits to leave the login page. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(ADMIN, { waitUntil: "networkidle" })
  await page.waitForURL((url) => url.hash.startsWith("#/login"))
  await page.locator("input[name=username]").fill(email)
  await page.locator("input[name=password]").fill(PASSWORD)
  await page.locator("button[type=submit]").click()
  await page.waitForURL((url) => !url.hash.startsWith("#/login"))
}

/** A suffix no other run of any journey has used. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
