import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { messagesFor } from "../lib/i18n"
import { setting, Tab, WIDTHS } from "../../scripts/lib/browser-tab"

/**
 * When commerce cannot answer, a customer is told so plainly, in their
 * language, on the home page, a service's page and a beautician's profile,
 * with a way to try the same page again: no blank page, no crash.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_WITHOUT_COMMERCE_URL")

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe.each(WIDTHS)("with commerce down, at %i px", (width) => {
  it.each([
    ["zh-CN", ""],
    ["en", "/en"],
  ] as const)("every page of the browse journey says so, in %s", async (locale, prefix) => {
    const t = messagesFor(locale)
    const tab = await Tab.open(browser, width, locale)
    try {
      for (const [step, path] of [
        ["home", "/"],
        ["service", "/services/tuina-massage"],
        ["beautician", "/beauticians/bea_anyone"],
      ] as const) {
        await tab.visit(`${STOREFRONT}${prefix}${path === "/" && prefix ? "" : path}`)
        await tab.page.getByRole("alert").filter({ hasText: t.unavailableTitle }).waitFor()
        await tab.page.getByText(t.unavailableBody).waitFor()
        const retry = tab.page.getByRole("link", { name: t.tryAgain })
        expect(new URL((await retry.getAttribute("href"))!, tab.page.url()).href).toBe(tab.page.url())
        await tab.looksRight(`${locale}-commerce-down-${step}`)
      }
    } finally {
      await tab.close()
    }
  })
})
