/**
 * `npm run smoke`: proves a running `npm start` as a newcomer would meet it. Waits
 * (bounded) for the demo details `npm start` writes once every app answers, then
 * asks each app for a page or route a person would open, and signs in to the back
 * office in Debian's chromium: the platform's admin sees the services, a studio's
 * manager is told "not allowed" for what is not theirs and stays signed in.
 * Exit code 0 only when every check passed. `.ci/run` runs it on the clean clone.
 */
import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"
import { launchChromium } from "./lib/browser"
import { SetupError } from "./lib/errors"
import { runMain } from "./lib/main"
import { DATA_DIR, SEED_DIR } from "./lib/paths"

const WAIT_SECONDS = Number(process.env.SMOKE_WAIT_SECONDS ?? 900)

interface Demo {
  urls: { storefront: string; storefront_en: string; admin: string; commerce: string; cms: string; cms_admin: string }
  publishable_key: string
  logins: { admin: { email: string; password: string }; staff: Array<{ role: string; email: string; password: string }> }
}

async function demoDetails(): Promise<Demo> {
  const file = path.join(DATA_DIR, "demo.json")
  const deadline = Date.now() + WAIT_SECONDS * 1000
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new SetupError(`npm start wrote no ${file} within ${WAIT_SECONDS}s; see .data/logs/.`)
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as Demo
}

const failures: string[] = []
async function check(name: string, run: () => Promise<string>): Promise<void> {
  try {
    process.stdout.write(`✔ ${name}: ${await run()}\n`)
  } catch (error) {
    failures.push(name)
    process.stdout.write(`✖ ${name}: ${(error as Error).message}\n`)
  }
}

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) })
  return { status: response.status, text: await response.text() }
}

function expectStatus(answer: { status: number }, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}, expected ${status}`)
}

async function signIn(page: Page, adminUrl: string, login: { email: string; password: string }): Promise<void> {
  await page.goto(`${adminUrl}/#/login`)
  await page.locator("input[name=username]").fill(login.email)
  await page.locator("input[name=password]").fill(login.password)
  await page.locator("button[type=submit]").click()
  await page.waitForURL((url) => !url.hash.startsWith("#/login"), { timeout: 30_000 })
}

runMain(async () => {
  const demo = await demoDetails()
  const services = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "services.json"), "utf8")) as Array<{ title: { "zh-CN": string; en: string } }>
  const store = { "x-publishable-api-key": demo.publishable_key }

  await check("commerce health", async () => {
    expectStatus(await get(`${demo.urls.commerce}/health`), 200, "/health")
    return "200"
  })
  await check("every app is live and ready", async () => {
    const probes: Array<[string, number]> = [
      [`${demo.urls.commerce}/ready`, 200],
      [`${demo.urls.cms}/_ready`, 200],
      [`${demo.urls.storefront}/api/health`, 200],
      [`${demo.urls.storefront}/api/ready`, 200],
      [demo.urls.admin, 200],
    ]
    for (const [url, status] of probes) expectStatus(await get(url), status, url)
    return `${probes.length} probes`
  })
  await check("commerce lists the demo services", async () => {
    const answer = await get(`${demo.urls.commerce}/store/products?limit=100&fields=title`, store)
    expectStatus(answer, 200, "/store/products")
    const count = (JSON.parse(answer.text) as { products: unknown[] }).products.length
    if (count < services.length) throw new Error(`${count} products, expected at least ${services.length}`)
    return `${count} products`
  })
  await check("cms health and admin panel", async () => {
    expectStatus(await get(`${demo.urls.cms}/_health`), 204, "/_health")
    expectStatus(await get(demo.urls.cms_admin), 200, "/admin")
    return "204, 200"
  })
  await check("storefront shows the catalogue in Chinese and English", async () => {
    const zh = await get(demo.urls.storefront)
    const en = await get(demo.urls.storefront_en)
    expectStatus(zh, 200, "/")
    expectStatus(en, 200, "/en")
    if (!zh.text.includes(services[0].title["zh-CN"])) throw new Error(`"${services[0].title["zh-CN"]}" is not on /`)
    if (!en.text.includes(services[0].title.en)) throw new Error(`"${services[0].title.en}" is not on /en`)
    return `"${services[0].title["zh-CN"]}", "${services[0].title.en}"`
  })

  await check("every app sends its security headers and names no framework", async () => {
    const pages = [demo.urls.storefront, demo.urls.admin, `${demo.urls.commerce}/store/products`, `${demo.urls.cms}/api/service-contents`]
    for (const url of pages) {
      const { headers } = await fetch(url, { headers: store, signal: AbortSignal.timeout(30_000) })
      const missing = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy"].filter((name) => !headers.has(name))
      if (missing.length) throw new Error(`${url} sends no ${missing.join(", ")}`)
      if (headers.has("x-powered-by")) throw new Error(`${url} says X-Powered-By: ${headers.get("x-powered-by")}`)
    }
    return `${pages.length} apps`
  })

  const browser = await launchChromium()
  try {
    await check("back office: the platform's admin sees the services", async () => {
      const page = await browser.newPage()
      await signIn(page, demo.urls.admin, demo.logins.admin)
      await page.goto(`${demo.urls.admin}/#/services`)
      await page.getByText(services[0].title["zh-CN"]).first().waitFor({ timeout: 30_000 })
      await page.close()
      return `"${services[0].title["zh-CN"]}" listed`
    })
    await check("back office: a studio's manager lands in their studio's screens and stays signed in", async () => {
      const manager = demo.logins.staff.find((member) => member.role === "merchant_manager")
      if (!manager) throw new Error("npm start printed no studio manager login")
      const page = await browser.newPage()
      await signIn(page, demo.urls.admin, manager)
      // The menu follows the role: the studio's beautician applications, never a screen that would answer 403.
      await page.getByText("美容师申请").first().waitFor({ timeout: 30_000 })
      await page.waitForTimeout(2000)
      if (page.url().includes("#/login")) throw new Error("sent back to the login page")
      await page.close()
      return "studio menu shown, session kept"
    })
    await check("API reference: /docs lists our routes, with nothing loaded from elsewhere", async () => {
      const page = await browser.newPage()
      const elsewhere: string[] = []
      page.on("request", (request) => {
        if (!request.url().startsWith(demo.urls.commerce) && !request.url().startsWith("data:")) elsewhere.push(request.url())
      })
      await page.goto(`${demo.urls.commerce}/docs`)
      // Swagger UI renders operations as they scroll into view, so a reader finds one with the filter.
      await page.getByPlaceholder("Filter by tag or path").fill("/store/availability")
      await page.locator(".opblock-summary-path", { hasText: "/store/availability" }).first().waitFor({ timeout: 30_000 })
      await page.close()
      if (elsewhere.length) throw new Error(`the page loaded ${elsewhere.join(", ")}`)
      return "the filter finds /store/availability"
    })
  } finally {
    await browser.close()
  }

  process.stdout.write(failures.length === 0 ? "Every app answered as a newcomer would expect.\n" : `${failures.length} check(s) failed: ${failures.join("; ")}\n`)
  return failures.length === 0 ? 0 : 1
})
