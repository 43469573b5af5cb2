import type { Browser, Page } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { localePath, messagesFor, type Locale } from "../lib/i18n"
import { SESSIONS } from "../lib/session-cookies"
import { lastCode, newPhone, signInByPhone } from "./support/booking"
import { sql } from "./support/database"
import { setting, Tab } from "../../scripts/lib/browser-tab"

/**
 * Someone who is not a beautician yet applies to a studio on their phone:
 * verifies the phone by code, picks the studio, says who they are and what
 * they do, pins where they set out from, photographs their ID card and a
 * certificate, consents and sends. The studio's manager and then the platform
 * approve through the back office's API; the person opens the portal, and
 * later signs in again by phone code straight to it. A rejected application
 * shows the reason and a way to apply again.
 */

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const COMMERCE = () => setting("JOURNEY_COMMERCE_URL")
const STUDIO = { handle: "jingan-lumiere", name: "静安·光屿美学工作室" }
const MANAGER = { email: "manager@doorstep.local", password: "Doorstep2026!" }
const PLATFORM = { email: "admin@doorstep.local", password: "Doorstep2026!" }
/** Valid mainland resident ID numbers (their check characters hold). */
const ID_NUMBERS = ["310106199205181237", "310104198802114561"]
const PHONE_WIDTH = 390

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const url = (locale: Locale, path: string) => `${STOREFRONT}${localePath(locale, path)}`

/** A photo as a phone's camera would hand it over: a JPEG the browser draws (and so can shrink and preview). */
async function cameraPhoto(page: Page, caption: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const dataUrl = await page.evaluate((text) => {
    const canvas = document.createElement("canvas")
    canvas.width = 1200
    canvas.height = 760
    const g = canvas.getContext("2d")!
    g.fillStyle = "#e4ecef"
    g.fillRect(0, 0, canvas.width, canvas.height)
    g.fillStyle = "#3d4b53"
    g.font = "64px sans-serif"
    g.fillText(text, 60, 140)
    return canvas.toDataURL("image/jpeg", 0.9)
  }, caption)
  return { name: `${caption}.jpg`, mimeType: "image/jpeg", buffer: Buffer.from(dataUrl.split(",")[1], "base64") }
}

/** A back-office user's token, as the admin app would hold it. */
async function staffToken(account: { email: string; password: string }): Promise<string> {
  const signedIn = await fetch(`${COMMERCE()}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(account) })
  return ((await signedIn.json()) as { token: string }).token
}

/** The studio's application from the person named, decided by `account` through the admin API. */
async function decide(account: { email: string; password: string }, displayName: string, decision: Record<string, string>): Promise<void> {
  const headers = { authorization: `Bearer ${await staffToken(account)}`, "content-type": "application/json" }
  const listed = await fetch(`${COMMERCE()}/admin/merchants/${STUDIO.handle}/beautician-applications`, { headers })
  const { applications } = (await listed.json()) as { applications: Array<{ id: string; display_name: string; documents: unknown[] }> }
  const application = applications.find((a) => a.display_name === displayName)
  if (!application) throw new Error(`No application from ${displayName} at ${STUDIO.handle}`)
  expect(application.documents).toHaveLength(3)
  const decided = await fetch(`${COMMERCE()}/admin/merchants/${STUDIO.handle}/beautician-applications/${application.id}/decide`, { method: "POST", headers, body: JSON.stringify(decision) })
  if (!decided.ok) throw new Error(`Deciding answered ${decided.status}: ${await decided.text()}`)
}

/** As if the phone's last code had been sent a minute ago, so another may be sent now. */
const aMinuteOn = (phone: string) => sql(`update "sign_in_code" set "created_at" = "created_at" - interval '61 seconds' where "phone" = $1`, [`+86${phone}`])

async function next(page: Page, locale: Locale) {
  await page.getByRole("button", { name: messagesFor(locale).applyNext, exact: true }).click()
}

describe("applying to a studio at 390 px", () => {
  const locale: Locale = "zh-CN"
  const t = messagesFor(locale)

  test("a new person applies with photos, is approved by the studio and the platform, and works", async () => {
    const tab = await Tab.open(browser, PHONE_WIDTH, locale)
    const { page } = tab
    const phone = newPhone()
    const name = `申请人${phone.slice(-4)}`
    try {
      await tab.visit(url(locale, "/pro/apply"))
      await page.getByRole("heading", { name: t.applyPhoneTitle }).waitFor()
      await tab.looksRight("pro-apply-phone")
      await signInByPhone(page, locale, phone, t.applyPhoneSubmit)

      await page.getByRole("heading", { name: t.applySteps.studio }).waitFor()
      await tab.looksRight("pro-apply-studio")
      await next(page, locale)
      await page.getByRole("alert").filter({ hasText: t.applyIncomplete }).waitFor()
      await page.getByRole("radio", { name: new RegExp(STUDIO.name) }).check()
      await next(page, locale)

      await page.getByRole("heading", { name: t.applySteps.profile }).waitFor()
      await page.getByLabel(t.applyName).fill(name)
      await page.getByLabel(t.applyBio).fill("从业 6 年，擅长推拿和肩颈放松，手法扎实。")
      await tab.looksRight("pro-apply-profile")
      await next(page, locale)

      await page.getByRole("heading", { name: t.applySteps.skills }).waitFor()
      await page.getByRole("checkbox", { name: "中式推拿" }).check()
      await tab.looksRight("pro-apply-skills")
      await next(page, locale)

      await page.getByRole("heading", { name: t.applySteps.area }).waitFor()
      await page.getByLabel(t.applyHomeDistrict).selectOption("静安区")
      await page.getByRole("application", { name: t.applyMapLabel }).waitFor()
      await page.getByLabel(t.applyRadius).selectOption("8")
      await tab.looksRight("pro-apply-area")
      await next(page, locale)

      await page.getByRole("heading", { name: t.applySteps.documents }).waitFor()
      await page.getByLabel(t.applyIdNumber).fill(ID_NUMBERS[0])
      await page.getByLabel(t.applyIdFront).setInputFiles(await cameraPhoto(page, "ID front"))
      await page.getByLabel(t.applyIdBack).setInputFiles(await cameraPhoto(page, "ID back"))
      await page.getByLabel(t.applyCertificateName).fill("保健按摩师（四级）")
      await page.getByLabel(t.applyCertificatePhoto).setInputFiles(await cameraPhoto(page, "Certificate"))
      await page.getByRole("img", { name: t.applyPhotoPreview(t.applyCertificatePhoto) }).waitFor()
      await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
      await tab.looksRight("pro-apply-documents")
      await next(page, locale)

      await page.getByRole("heading", { name: t.applySteps.confirm }).waitFor()
      await page.getByLabel(t.applyConsent).check()
      await tab.looksRight("pro-apply-confirm")
      await page.getByRole("button", { name: t.applySubmit }).click()

      await page.waitForURL((u) => u.pathname === localePath(locale, "/pro/apply/status"))
      await page.getByRole("heading", { name: t.applyPending }).waitFor()
      await tab.looksRight("pro-apply-pending")

      await decide(MANAGER, name, { decision: "approve" })
      await decide(PLATFORM, name, { decision: "approve" })
      await tab.visit(url(locale, "/pro/apply/status"))
      await page.getByRole("heading", { name: t.applyApproved }).waitFor()
      await tab.looksRight("pro-apply-approved")
      await page.getByRole("button", { name: t.applyEnterPortal }).click()
      await page.waitForURL((u) => u.pathname === localePath(locale, "/pro"))
      await page.getByRole("heading", { name: t.proGreeting(name) }).waitFor()

      // Next time, on this phone or another, the phone's code opens the portal (a minute on, as codes are a minute apart).
      await aMinuteOn(phone)
      await page.context().clearCookies()
      await tab.visit(url(locale, "/pro/sign-in"))
      await signInByPhone(page, locale, phone, t.proSignInSubmit)
      await page.waitForURL((u) => u.pathname === localePath(locale, "/pro"))
      // The portal's own pages are checked by their journeys.
      await page.getByRole("heading", { name: t.proGreeting(name) }).waitFor()
    } finally {
      await tab.close()
    }
  })

  test("a rejected application says why, and the person may apply again", async () => {
    const tab = await Tab.open(browser, PHONE_WIDTH, "en")
    const { page } = tab
    const en = messagesFor("en")
    const phone = newPhone()
    const name = `Applicant ${phone.slice(-4)}`
    try {
      // Applied through the API this time: only the status page is under test here.
      await fetch(`${COMMERCE()}/store/phone-codes`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY") },
        body: JSON.stringify({ phone, actor_type: "beautician" }),
      })
      let code: string | undefined
      for (let i = 0; i < 50 && !code; i++) code = (await lastCode(phone)) ?? (await new Promise<undefined>((resolve) => setTimeout(resolve, 100)))
      const signedIn = await fetch(`${COMMERCE()}/auth/beautician/phone-otp`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ phone, code }) })
      const token = ((await signedIn.json()) as { token: string }).token
      await tab.visit(url("en", "/pro/sign-in"))
      const upload = async (kind: string) => {
        const photo = await cameraPhoto(page, kind)
        const form = new FormData()
        form.append("kind", kind)
        form.append("file", new Blob([new Uint8Array(photo.buffer)], { type: photo.mimeType }), photo.name)
        const stored = await fetch(`${COMMERCE()}/pro/application/documents`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
        return ((await stored.json()) as { document: { id: string } }).document.id
      }
      const products = await fetch(`${COMMERCE()}/store/products?handle=tuina-massage&fields=id`, { headers: { "x-publishable-api-key": setting("JOURNEY_PUBLISHABLE_KEY") } })
      const productId = ((await products.json()) as { products: Array<{ id: string }> }).products[0].id
      const applied = await fetch(`${COMMERCE()}/pro/application`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({
          merchant_handle: STUDIO.handle,
          display_name: name,
          id_number: ID_NUMBERS[1],
          id_document_ids: [await upload("id_card"), await upload("id_card")],
          certificates: [{ name: "Massage therapist, level 4", document_id: await upload("certificate") }],
          background_check_consent: true,
          district: "静安区",
          home: { lat: 31.229, lng: 121.448 },
          service_radius_km: 5,
          skill_product_ids: [productId],
        }),
      })
      expect(applied.status).toBe(201)
      await decide(MANAGER, name, { decision: "reject", reason: "证书照片看不清，请重新拍摄后再申请" })

      // The phone signs in on the device, as the portal's sign-in would leave it.
      await page.context().addCookies([{ name: SESSIONS.pro.cookie, value: token, url: STOREFRONT, httpOnly: true, sameSite: "Lax" }])
      await tab.visit(url("en", "/pro"))
      expect(new URL(page.url()).pathname).toBe(localePath("en", "/pro/apply/status"))
      await page.getByRole("heading", { name: en.applyRejected }).waitFor()
      await page.getByText("证书照片看不清，请重新拍摄后再申请").waitFor()
      await tab.looksRight("pro-apply-rejected-en")
      await page.getByRole("link", { name: en.applyAgain }).click()
      await page.getByRole("heading", { name: en.applySteps.studio }).waitFor()
    } finally {
      await tab.close()
    }
  })
})
