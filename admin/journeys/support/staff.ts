import type { Page } from "playwright-core"
import { setting } from "../../../scripts/lib/browser-tab"

/** The back office the journeys walk through. */
export const ADMIN = setting("JOURNEY_ADMIN_URL")

/** Every demo back-office login shares this password (scripts/seed/data/accounts.json). */
const PASSWORD = "Doorstep2026!"

/** jingan-lumiere's manager. */
export const MANAGER = { email: "manager@doorstep.local", password: PASSWORD }

/** Signs in on the back office's login page as `who` (an account, or a demo login's email), and waits to be let in. */
export async function signIn(page: Page, who: string | { email: string; password: string } = MANAGER): Promise<void> {
  const account = typeof who === "string" ? { email: who, password: PASSWORD } : who
  await page.goto(ADMIN, { waitUntil: "networkidle" })
  await page.waitForURL((url) => url.hash.startsWith("#/login"))
  await page.locator("input[name=username]").fill(account.email)
  await page.locator("input[name=password]").fill(account.password)
  await page.locator("button[type=submit]").click()
  await page.waitForURL((url) => !url.hash.startsWith("#/login"))
}

/** A suffix no other run of any journey has used. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
