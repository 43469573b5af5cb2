/**
 * `npm run screenshots -- <url>...`: full-page PNGs of pages at phone and desktop
 * width, with Debian's chromium, into artifacts/screenshots/. For looking at UI work.
 */
import fs from "node:fs"
import path from "node:path"
import { launchChromium } from "./lib/browser"
import { runMain } from "./lib/main"
import { ROOT } from "./lib/paths"

const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } }

runMain(async () => {
  const urls = process.argv.slice(2)
  const outDir = path.join(ROOT, "artifacts", "screenshots")
  fs.mkdirSync(outDir, { recursive: true })
  const browser = await launchChromium()
  try {
    for (const url of urls) {
      for (const [name, viewport] of Object.entries(WIDTHS)) {
        const page = await browser.newPage({ viewport })
        await page.goto(url, { waitUntil: "networkidle" })
        const file = path.join(outDir, `${new URL(url).pathname.replace(/\W+/g, "_") || "root"}-${new URL(url).port}-${name}.png`)
        await page.screenshot({ path: file, fullPage: true })
        process.stdout.write(`${file}\n`)
        await page.close()
      }
    }
  } finally {
    await browser.close()
  }
})
