import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { localePath, messagesFor, type Locale } from "../lib/i18n"
import { errorText } from "../lib/messages/errors"
import { signInToPortal } from "./support/beautician"
import { setting, Tab, WIDTHS } from "../../scripts/lib/browser-tab"

/**
 * The portal's door: a beautician opening `/pro` signs in first and comes back
 * to where they were going; a wrong password says so; a customer's own
 * sign-in is not a beautician's and starts nothing; signing out ends it on
 * this device.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
/** Commerce keeps one display name for a beautician, in either language. */
const BEAUTICIAN = { email: "wang-jing-01@doorstep.local", name: "王静" }
const CUSTOMER_EMAIL = "customer@doorstep.local"
const PASSWORD = "Doorstep2026!"

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const url = (locale: Locale, path: string) => `${STOREFRONT}${localePath(locale, path)}`

describe.each(WIDTHS.map((width) => [width, width < 800 ? ("zh-CN" as const) : ("en" as const)]))("the portal's sign-in at %i px (%s)", (width, locale) => {
  const t = messagesFor(locale)

  test("signs in a beautician to where they were going, refuses others, and signs out", async () => {
    const tab = await Tab.open(browser, width, locale)
    try {
      await tab.visit(url(locale, "/pro/me"))
      expect(new URL(tab.page.url()).pathname).toBe(localePath(locale, "/pro/sign-in"))
      await tab.looksRight(`pro-sign-in-${locale}`)

      await signInToPortal(tab, locale, BEAUTICIAN.email, "not-the-password")
      await tab.page.getByRole("alert").filter({ hasText: errorText(locale, "WRONG_PASSWORD") }).waitFor()

      await signInToPortal(tab, locale, CUSTOMER_EMAIL, PASSWORD)
      await tab.page.getByRole("alert").filter({ hasText: errorText(locale, "NOT_A_BEAUTICIAN") }).waitFor()

      await signInToPortal(tab, locale, BEAUTICIAN.email, PASSWORD)
      await tab.page.waitForURL((u) => u.pathname === localePath(locale, "/pro/me"))
      await tab.page.getByRole("heading", { name: t.proGreeting(BEAUTICIAN.name) }).waitFor()
      const meTab = tab.page.getByRole("navigation", { name: t.proTabsLabel }).getByRole("link", { name: t.proTabs.me, exact: true })
      expect(await meTab.getAttribute("aria-current")).toBe("page")
      await tab.looksRight(`pro-me-${locale}`)

      await tab.page.getByRole("button", { name: t.proSignOut }).click()
      await tab.page.waitForURL((u) => u.pathname === localePath(locale, "/pro/sign-in"))
      await tab.visit(url(locale, "/pro"))
      expect(new URL(tab.page.url()).pathname).toBe(localePath(locale, "/pro/sign-in"))
    } finally {
      await tab.close()
    }
  })
})
