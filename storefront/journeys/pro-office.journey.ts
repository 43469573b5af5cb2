import fs from "node:fs"
import path from "node:path"
import { DateTime } from "luxon"
import type { Browser } from "playwright-core"
import { launchChromium } from "../../scripts/lib/browser"
import { localePath, messagesFor, type Locale } from "../lib/i18n"
import { formatCny } from "../lib/money"
import { formatClock } from "../lib/time"
import { backdateExamAttempts, openPortalAs, proApi } from "./support/beautician"
import { sql } from "./support/database"
import { beauticianAccepts, beauticianFinishes, customerBooksTomorrow, eventually } from "./support/booking"
import { setting, Tab, WIDTHS } from "../../scripts/lib/browser-tab"

/**
 * The beautician's office on a phone: a course's exam failed, the cooldown
 * shown, passed once it is over (the clock moved in the database), and then
 * an offer for the newly certified service when a customer books it; a change
 * of working hours that would orphan a booking refused on screen, the booking
 * named, nothing changed; a finished job's gross, commission and net in
 * income, and a withdrawal under the minimum explained. Every page passes the
 * usual checks, at 390 and 1366 px.
 */

jest.setTimeout(300_000)

const STOREFRONT = setting("JOURNEY_STOREFRONT_URL")
const ZONE = "Asia/Shanghai"
const SEED_DIR = process.env.DOORSTEP_SEED_DIR ?? path.join(__dirname, "..", "..", "scripts", "seed", "data")
const seed = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(SEED_DIR, name), "utf8")) as T

type Words = Record<Locale, string>
const services = seed<Array<{ handle: string; title: Words; variants: Array<{ price_fen: number; duration_minutes: number }> }>>("services.json")
const beauticians = seed<Array<{ handle: string; email: string; skills: string[] }>>("beauticians.json")
const courses = seed<
  Array<{ skill: string; title: Words; lessons: Array<{ title: Words }>; exam: { pass_mark: number; questions: Array<{ kind: string; prompt: Words; options: Array<{ correct: boolean; label: Words }> }> } }>
>("courses.json")

const FACIAL = "hydrating-facial"
const GEL = "gel-manicure"
/** A Songjiang nail artist who performs no facials until she passes the course; no other journey books her. */
const TRAINEE = beauticians.find((b) => b.handle === "xu-jia-11")!
/** Another Songjiang nail artist, whose day, hours and money this journey walks through. */
const WORKER = beauticians.find((b) => b.handle === "zheng-kai-23")!
const course = courses.find((c) => c.skill === FACIAL)!
/** A flat in Songjiang, far from the other journeys' People's Square. */
const SONGJIANG = { district: "松江区", line1: "广富林路 658 号 2 楼", contact: "周女士", phone: "13800138001" }

const serviceTitle = (handle: string, locale: Locale) => services.find((s) => s.handle === handle)!.title[locale]
/** What the booking page preselects: the service's shortest option. */
const priceOf = (handle: string) => [...services.find((s) => s.handle === handle)!.variants].sort((a, b) => a.duration_minutes - b.duration_minutes)[0].price_fen
const url = (locale: Locale, to: string) => `${STOREFRONT}${localePath(locale, to)}`
const tomorrow = () => DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate()!
const yuan = (fen: number, locale: Locale) => formatCny(fen / 100, locale)

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
  // Both work every day, 09:00–21:00, whatever weekday tomorrow is.
  const everyDay = { weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "09:00", end: "21:00" })) }
  for (const who of [TRAINEE, WORKER]) await (await proApi(who.email)).put("/pro/working-hours", everyDay)
})
afterAll(async () => {
  await browser?.close()
})

/** Ticks the exam's options, in the page's language: every right one, or a wrong one for each question. */
async function answerExam(tab: Tab, locale: Locale, right: boolean): Promise<void> {
  for (const question of course.exam.questions) {
    const group = tab.page.getByRole("group", { name: new RegExp(question.prompt[locale].replace(/[()（）?？]/g, ".")) })
    const chosen = right ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!]
    for (const option of chosen) await group.getByLabel(option.label[locale], { exact: true }).check()
  }
}

describe("the beautician's office", () => {
  /** The worker's gel manicure tomorrow: refused an orphaning change first, then done and paid for. */
  let job: { id: string; start: string; end: string }

  it("training on a phone: an exam failed, the cooldown, a pass after it, then an offer for the newly certified service", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const trainee = await proApi(TRAINEE.email)
    const { beautician } = await trainee.get<{ beautician: { id: string } }>("/pro/me")
    expect(TRAINEE.skills).not.toContain(FACIAL)
    const tab = await Tab.open(browser, 390, locale)
    const { page } = tab
    try {
      await openPortalAs(tab, locale, TRAINEE.email, "/pro/training")
      const card = page.getByTestId("course").filter({ hasText: course.title[locale] })
      await card.getByText(t.trainingNotYet).waitFor()
      await card.getByText(t.courseUnlocks(serviceTitle(FACIAL, locale))).waitFor()
      await tab.looksRight("pro-training")

      await tab.follow(course.title[locale], /\/pro\/training\/courses\//)
      await page.getByRole("heading", { name: t.lessonsTitle }).waitFor()
      await tab.looksRight("pro-course")
      await tab.follow(course.lessons[0].title[locale], /\/pro\/training\/lessons\//)
      await page.getByRole("link", { name: new RegExp(t.lessonWatch) }).waitFor()
      await tab.looksRight("pro-lesson")
      await tab.follow(t.lessonBack, /\/pro\/training\/courses\//)
      await tab.follow(t.examStart, /\/pro\/training\/exams\//)
      await tab.looksRight("pro-exam")

      // Wrong answers: scored 0, and told when the exam may be sat again.
      await answerExam(tab, locale, false)
      await page.getByRole("button", { name: t.examSubmit }).click()
      const failed = page.getByTestId("exam-result")
      await failed.getByRole("heading", { name: t.examFailed(0, course.exam.pass_mark) }).waitFor()
      const [attempt] = await sql<{ retry_at: Date }>(`select retry_at from exam_attempt where beautician_id = $1`, [beautician.id])
      expect(attempt.retry_at.getTime() - Date.now()).toBeGreaterThan(23 * 3600_000)
      await tab.looksRight("pro-exam-failed")

      // Back on the exam later: the cooldown, no questions; the course list says so too.
      await page.reload()
      await page.getByTestId("exam-cooldown").waitFor()
      expect(await page.getByRole("button", { name: t.examSubmit }).count()).toBe(0)
      await tab.looksRight("pro-exam-cooldown")
      await tab.visit(url(locale, "/pro/training"))
      await card.getByText(t.trainingCoolingDown).waitFor()

      // A day later (the attempt moved 25 hours back), the exam can be sat again, and is passed.
      await backdateExamAttempts(beautician.id, 25)
      await tab.follow(course.title[locale], /\/pro\/training\/courses\//)
      await tab.follow(t.examStart, /\/pro\/training\/exams\//)
      await answerExam(tab, locale, true)
      await page.getByRole("button", { name: t.examSubmit }).click()
      const passed = page.getByTestId("exam-result")
      await passed.getByRole("heading", { name: t.examPassed(100) }).waitFor()
      await passed.getByText(new RegExp(serviceTitle(FACIAL, locale))).waitFor()
      await tab.looksRight("pro-exam-passed")
      await tab.visit(url(locale, "/pro/training"))
      const certificate = page.getByTestId("certification").filter({ hasText: serviceTitle(FACIAL, locale) })
      await certificate.getByText(t.trainingCertified).waitFor()
      await tab.looksRight("pro-training-certified")

      // Now a customer can book her for a facial, and the job is offered to her.
      const booked = await customerBooksTomorrow(browser, FACIAL, beautician.id, SONGJIANG)
      const { offers } = await eventually(
        () => trainee.get<{ offers: Array<{ appointment_id: string; district: string | null }> }>("/pro/offers"),
        (answer) => answer.offers.some((o) => o.appointment_id === booked.id),
      )
      expect(offers.find((o) => o.appointment_id === booked.id)).toMatchObject({ district: SONGJIANG.district })
    } finally {
      await tab.close()
    }
  })

  it("schedule on a phone: a change of hours that would orphan a booking is refused with the booking shown, and nothing changes", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const worker = await proApi(WORKER.email)
    const { beautician } = await worker.get<{ beautician: { id: string } }>("/pro/me")
    job = await customerBooksTomorrow(browser, GEL, beautician.id, SONGJIANG)
    await beauticianAccepts(job.id)
    const before = await worker.get("/pro/working-hours")
    const day = tomorrow()
    const tab = await Tab.open(browser, 390, locale)
    const { page } = tab
    try {
      await openPortalAs(tab, locale, WORKER.email, `/pro/schedule?view=day&date=${day}`)
      const onTheDay = page.getByTestId("day-job").filter({ has: page.locator(`a[href$="/pro/jobs/${job.id}"]`) })
      await onTheDay.getByText(new RegExp(serviceTitle(GEL, locale))).waitFor()
      expect(await onTheDay.innerText()).toContain(SONGJIANG.district)
      await tab.looksRight("pro-schedule-day")

      await tab.follow(new RegExp(`^${t.scheduleViews.week}$`), /\/pro\/schedule$/)
      await tab.looksRight("pro-schedule-week")
      // Finish that day when the booking starts: it would fall outside the hours.
      const dayName = t.weekdayNames[DateTime.fromISO(day, { zone: ZONE }).weekday - 1]
      const window = page.getByRole("group", { name: t.hoursWindowLabel(dayName, 1) })
      await window.getByLabel(t.hoursEnd).fill(formatClock(job.start, locale))
      await page.getByRole("button", { name: t.hoursSave }).click()
      const refusal = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: t.conflictTitle(1) }) })
      await refusal.waitFor()
      const orphaned = refusal.getByTestId("orphaned-booking")
      expect(await orphaned.count()).toBe(1)
      const shown = await orphaned.innerText()
      for (const part of [`${formatClock(job.start, locale)}–${formatClock(job.end, locale)}`, serviceTitle(GEL, locale), SONGJIANG.district]) expect(shown).toContain(part)
      expect(shown).not.toContain(SONGJIANG.line1)
      await tab.looksRight("pro-schedule-refused")

      // Read again after a reload: the hours are as they were.
      await page.reload()
      await expect(page.getByRole("group", { name: t.hoursWindowLabel(dayName, 1) }).getByLabel(t.hoursEnd).inputValue()).resolves.toBe("21:00")
      expect(await worker.get("/pro/working-hours")).toEqual(before)

      // Time off that orphans nothing is taken and given back in place, on the day.
      await tab.visit(url(locale, `/pro/schedule?view=day&date=${day}`))
      const panel = page.getByRole("region", { name: t.timeOffTitle(await page.locator(".day-summary strong").innerText()) })
      await panel.getByLabel(t.hoursStart).fill("19:30")
      await panel.getByLabel(t.hoursEnd).fill("20:30")
      await panel.getByRole("button", { name: t.timeOffAdd, exact: true }).click()
      await panel.getByText(t.timeOffAdded).waitFor()
      await page.locator(".slot-off").getByText(/19:30–20:30/).waitFor()
      await tab.looksRight("pro-schedule-time-off")
      await panel.getByRole("button", { name: new RegExp(t.timeOffRemoveShort) }).click()
      await panel.getByText(t.timeOffNone).waitFor()
    } finally {
      await tab.close()
    }
  })

  it("income on a phone: a finished job's gross, commission and net, and a withdrawal under the minimum explained", async () => {
    const locale = "zh-CN"
    const t = messagesFor(locale)
    const worker = await proApi(WORKER.email)
    await beauticianFinishes(job.id, worker.token)
    // The ledger books a finished job within a minute.
    const shares = await eventually(
      () => sql<{ account: string; amount_fen: number }>(`select account, amount_fen from ledger_entry where appointment_id = $1 and kind = 'service'`, [job.id]),
      (rows) => rows.length === 3,
      90_000,
    )
    const net = shares.find((s) => s.account === "beautician")!.amount_fen
    const gross = priceOf(GEL)
    expect(shares.reduce((sum, s) => sum + s.amount_fen, 0)).toBe(gross)
    const [{ balance }] = await sql<{ balance: number }>(
      `select sum(amount_fen)::int as balance from ledger_entry where account = 'beautician' and beautician_id = (select id from beautician where email = $1)`,
      [WORKER.email],
    )
    const tab = await Tab.open(browser, 390, locale)
    const { page } = tab
    try {
      await openPortalAs(tab, locale, WORKER.email, "/pro/income")
      const earned = page.getByTestId("job-earnings").filter({ has: page.getByRole("link", { name: serviceTitle(GEL, locale) }).and(page.locator(`[href$="/pro/jobs/${job.id}"]`)) })
      const figures = await earned.innerText()
      for (const amount of [yuan(gross, locale), `−${yuan(gross - net, locale)}`, yuan(net, locale)]) expect(figures).toContain(amount)
      await expect(page.getByTestId("balance").innerText()).resolves.toBe(yuan(balance, locale))
      await tab.looksRight("pro-income")

      // ¥50 is under the ¥100 minimum: refused, and the minimum named.
      await page.getByLabel(t.withdrawAmount).fill("50")
      await page.getByRole("button", { name: t.withdrawSubmit }).click()
      await page.getByRole("alert").getByText(t.withdrawBelowMinimum(yuan(10_000, locale))).waitFor()
      await tab.looksRight("pro-income-below-minimum")
      // More than there is: refused, with what can be withdrawn.
      await page.getByLabel(t.withdrawAmount).fill(String(balance / 100 + 100))
      await page.getByRole("button", { name: t.withdrawSubmit }).click()
      await page.getByRole("alert").getByText(t.withdrawInsufficient(yuan(balance, locale))).waitFor()
      expect(await sql(`select id from withdrawal where beautician_id = (select id from beautician where email = $1)`, [WORKER.email])).toEqual([])

      // This month's statement downloads as CSV, with the session's token.
      const month = DateTime.now().setZone(ZONE).toFormat("yyyy-MM")
      const statement = await page.context().request.get(`${STOREFRONT}/api/pro/statements/${month}`)
      expect(statement.status()).toBe(200)
      expect(statement.headers()["content-type"]).toContain("text/csv")
      expect(await statement.text()).toContain((net / 100).toFixed(2))

      // The job's notice reached the inbox (the notices go out every minute).
      await eventually(
        async () => {
          await tab.visit(url(locale, "/pro/inbox"))
          return page.getByTestId("notice").count()
        },
        (count) => count > 0,
        90_000,
      )
      await tab.looksRight("pro-inbox")
    } finally {
      await tab.close()
    }
  })

  it("every office page at 390 and 1366 px, in Chinese and English", async () => {
    const pages = ["/pro/schedule", `/pro/schedule?view=day&date=${tomorrow()}`, "/pro/income", "/pro/inbox", "/pro/training"]
    // Each language opened at one width: looksRight checks every page at both widths (and 360 px) whichever it opened at.
    for (const [locale, width] of [["zh-CN", 1366], ["en", 390]] as const) {
      expect(WIDTHS).toContain(width)
      const tab = await Tab.open(browser, width, locale)
      try {
        await openPortalAs(tab, locale, WORKER.email, "/pro/income")
        for (const [i, to] of pages.entries()) {
          await tab.visit(url(locale, to))
          await tab.looksRight(`pro-office-${locale}-${i}-${to.split("?")[0].split("/").pop()}`)
        }
        await tab.follow(course.title[locale], /\/pro\/training\/courses\//)
        await tab.looksRight(`pro-office-${locale}-course`)
        await tab.follow(course.lessons[1].title[locale], /\/pro\/training\/lessons\//)
        await tab.looksRight(`pro-office-${locale}-lesson`)
        await tab.follow(messagesFor(locale).lessonBack, /\/pro\/training\/courses\//)
        await tab.follow(messagesFor(locale).examStart, /\/pro\/training\/exams\//)
        await tab.looksRight(`pro-office-${locale}-exam`)
      } finally {
        await tab.close()
      }
    }
  })
})
