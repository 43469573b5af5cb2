import fs from "node:fs"
import path from "node:path"
import AxeBuilder from "@axe-core/playwright"
import type { Browser, Page } from "playwright-core"

/** Set by the `journeys` suite of `npm test`. */
export function setting(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the journeys with \`npm test -- journeys\`.`)
  return value
}

/** The widths every journey is walked at: a phone and a laptop. */
export const WIDTHS = [390, 1366] as const
/** The narrowest phone the pages must fit without scrolling sideways. */
const NARROWEST = 360

/**
 * A browser tab that records what a person would never want to meet: console
 * errors, uncaught page errors and hydration warnings. `visit` opens a page;
 * `looksRight` then checks it: none of those, no sideways scrolling at either
 * width or the narrowest phone's, and no serious or critical accessibility
 * violation (axe). With JOURNEY_SCREENSHOTS_DIR set, each checked page is
 * saved as a PNG at both widths.
 */
export class Tab {
  private problems: string[] = []
  /** A console error that only says the page's own expected status (a 404 page) is not a problem. */
  private expectedStatus = 200
  /** API answers a step expects to be refused (a wrong password's 401): the browser logs them, and they are not problems. */
  private expectedRefusals: Array<{ status: number; path: string }> = []

  private constructor(
    readonly page: Page,
    readonly width: number,
  ) {
    page.on("console", (message) => {
      const text = message.text()
      if (message.type() === "error") {
        if (this.expectedStatus !== 200 && text.includes(`status of ${this.expectedStatus}`) && message.location().url === page.url()) return
        const refused = message.location().url
        if (this.expectedRefusals.some((r) => text.includes(`status of ${r.status}`) && refused && new URL(refused).pathname === r.path)) return
        this.problems.push(`console error: ${text} (${message.location().url})`)
      } else if (/hydrat/i.test(text)) {
        this.problems.push(`hydration ${message.type()}: ${text}`)
      }
    })
    page.on("pageerror", (error) => this.problems.push(`page error: ${error.message}`))
  }

  /** From now on, `status` answered to a request for `path` (an API's) is what the journey expects, not a problem. */
  expectRefusal(status: number, path: string): void {
    this.expectedRefusals.push({ status, path })
  }

  static async open(browser: Browser, width: number, locale: string): Promise<Tab> {
    const phone = width < 800
    // A phone is a touch screen: pages that choose by pointer (WeChat Pay's H5 or QR) see one.
    const context = await browser.newContext({ viewport: { width, height: phone ? 844 : 900 }, locale, timezoneId: "Asia/Shanghai", hasTouch: phone, isMobile: phone })
    return new Tab(await context.newPage(), width)
  }

  /**
   * Opens `url` and waits until the page is quiet; fails unless it answers
   * `status`. A page holding a live stream open is never quiet on the
   * network: `until: "load"` waits for it to load and settle instead.
   */
  async visit(url: string, status = 200, until: "networkidle" | "load" = "networkidle"): Promise<void> {
    this.expectedStatus = status
    const response = await this.page.goto(url, { waitUntil: until })
    expect({ url, status: response?.status() }).toEqual({ url, status })
    await this.settled()
  }

  /** Follows a link as a person would, and waits for the page it leads to. */
  async follow(name: string | RegExp, urlPath: RegExp): Promise<void> {
    this.expectedStatus = 200
    await this.page.getByRole("link", { name }).first().click()
    await this.page.waitForURL((url) => urlPath.test(url.pathname))
    await this.settled()
  }

  /** Navigation in the app happens in place: wait until the new page's main content is there and nothing is still loading. */
  private async settled(): Promise<void> {
    await this.page.locator("main").first().waitFor()
    await this.page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
  }

  /** The checks every page must pass, named `step` in failures and screenshots. */
  async looksRight(step: string): Promise<void> {
    const { page } = this
    expect({ step, problems: this.problems }).toEqual({ step, problems: [] })
    // Colours are judged once they have come to rest: a chip fading from one state to the next is neither.
    await this.atRest()
    // Next streams a page's <title> in a moment after its content (after signing in, say); every page has one.
    await page.waitForFunction(() => document.title.trim() !== "")
    const { violations } = await new AxeBuilder({ page }).analyze()
    const serious = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} — ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      )
    expect({ step, accessibility: serious }).toEqual({ step, accessibility: [] })
    // Every step is seen at both widths (and the narrowest phone), whichever the tab was opened at.
    const dir = process.env.JOURNEY_SCREENSHOTS_DIR
    if (dir) fs.mkdirSync(dir, { recursive: true })
    const height = page.viewportSize()!.height
    for (const width of [this.width, ...WIDTHS.filter((w) => w !== this.width), NARROWEST]) {
      await page.setViewportSize({ width, height })
      // A layout that changes with the width may slide (a menu becoming a drawer): it is measured once it has come to rest.
      await this.atRest()
      const overflow = await page.evaluate(sidewaysScroll)
      expect({ step, width, ...overflow }).toEqual({ step, width, sidewaysScroll: 0 })
      if (dir && (WIDTHS as readonly number[]).includes(width)) await this.shoot(path.join(dir, `${step}-${width}.png`), height)
    }
    await page.setViewportSize({ width: this.width, height })
  }

  /** React re-renders (a table becoming cards, a chip changing state) in the frames after a change; then transitions run. Waits for both. */
  private async atRest(): Promise<void> {
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))))
    await this.page.waitForFunction(transitionsEnded)
  }

  /**
   * The whole page as one very tall screen would show it, so that sticky bars
   * sit where they belong (the header on top, the booking bar at the bottom)
   * rather than wherever the page was scrolled to; an open modal dialog is
   * shot as the screen shows it.
   */
  private async shoot(file: string, height: number): Promise<void> {
    const { page } = this
    if (await page.evaluate(() => document.querySelector("dialog[open]") !== null)) {
      await page.screenshot({ path: file })
      return
    }
    const width = page.viewportSize()!.width
    const scrolled = await page.evaluate(() => window.scrollY)
    await page.setViewportSize({ width, height: Math.max(height, await page.evaluate(() => document.documentElement.scrollHeight)) })
    await page.screenshot({ path: file })
    await page.setViewportSize({ width, height })
    await page.evaluate((y) => window.scrollTo(0, y), scrolled)
  }

  async close(): Promise<void> {
    await this.page.context().close()
  }
}

/** True once no finite animation or transition is running (a spinner's endless one does not count). */
function transitionsEnded(): boolean {
  return document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity)
}

/** How far the page scrolls sideways and, when it does, the outermost elements that stick out past the right edge. */
function sidewaysScroll(): { sidewaysScroll: number; stickingOut?: string[] } {
  const root = document.documentElement
  const scroll = root.scrollWidth - root.clientWidth
  if (scroll <= 0) return { sidewaysScroll: scroll }
  const out = Array.from(document.body.querySelectorAll<HTMLElement>("*")).filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
  const outermost = out.filter((el) => !out.includes(el.parentElement as HTMLElement))
  const describe = (el: HTMLElement) => `${el.tagName.toLowerCase()}.${String(el.className).split(" ").slice(0, 3).join(".")} "${(el.textContent ?? "").trim().slice(0, 40)}" right ${Math.round(el.getBoundingClientRect().right)}`
  return { sidewaysScroll: scroll, stickingOut: outermost.slice(0, 5).map(describe) }
}
