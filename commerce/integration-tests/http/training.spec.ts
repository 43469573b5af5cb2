import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { runCertificationExpiry } from "@doorstep/training/lib/run-expiry"
import { TRAINING_MODULE, type TrainingModuleService } from "@doorstep/training/modules/training"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { Client } from "pg"
import { startCms, type RunningCms } from "../helpers/cms"
import { atOn, beauticianToken, bookAndPay, bookingDay, eventually, lujiazui, peoplesSquare, prepareBooking, settle, ZONE, type Booking } from "../helpers/booking"

jest.setTimeout(240 * 1000)

/**
 * Training over `/pro/training`, against the real cms (Strapi started by
 * helpers/cms on its own database, with the two demo courses): reads without
 * answer keys, grading in commerce, certification unlocking the skill for
 * availability and dispatch, cooldowns, expiry with a pinned clock.
 */
let cms: RunningCms
beforeAll(async () => {
  cms = await startCms()
  // medusa-config reads these when the runner boots commerce, after this hook.
  process.env.CMS_URL = cms.url
  process.env.CMS_API_TOKEN = cms.token
})
afterAll(async () => {
  await cms?.destroy()
})

// The seeded hydrating-facial exam: q1 b, q2 a+b+d (multiple), q3 b, q4 a; pass mark 75, cooldown 24 h, valid 12 months.
const RIGHT = { q1: ["b"], q2: ["a", "b", "d"], q3: ["b"], q4: ["a"] }
const WRONG = { q1: ["a"], q2: ["a"], q3: ["a"], q4: ["b"] }
// The seeded gel-manicure exam: q1 a, q2 a+b, q3 b; pass mark 80.
const GEL_RIGHT = { q1: ["a"], q2: ["a", "b"], q3: ["b"] }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let trainee: string // the booked-with beautician of helpers/booking: tuina only to begin with
    let other: string // another beautician, for "not yours"
    let facial: { productId: string; variantId: string }
    let gelProductId: string
    let courses: Array<{ documentId: string; skill: string; title: string; exam: { documentId: string } }>
    const pro = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const training = () => getContainer().resolve<TrainingModuleService>(TRAINING_MODULE)
    const examOf = (skill: string) => courses.find((c) => c.skill === skill)!.exam.documentId
    const submit = (token: string, exam: string, answers: unknown) => settle(api.post(`/pro/training/exams/${exam}/attempts`, { answers }, pro(token)))
    const day = bookingDay()
    const facialSlots = () =>
      settle(api.get(`/store/availability?variant_id=${facial.variantId}&lat=${lujiazui.lat}&lng=${lujiazui.lng}&date=${day}&beautician_id=${booking.beauticianId}`, booking.store()))
    /** Whom dispatch would offer a hydrating facial at the address to: the roster's performers there, as dispatch reads them. */
    const dispatchCandidates = async () => (await appointments().roster()).serving(facial.productId, { location: lujiazui, district: "浦东新区" }).map((b) => b.id)
    /** The Course figures entry trainers see in the cms's admin panel, read from the cms's own database. */
    const cmsFigures = async (courseDocumentId: string) => {
      const client = new Client({ connectionString: cms.databaseUrl })
      await client.connect()
      try {
        const { rows } = await client.query(`select "attempts", "passes", "pass_rate"::float8 as "pass_rate", "beauticians", "course_slug" from "course_stats" where "course_document_id" = $1`, [courseDocumentId])
        return rows[0]
      } finally {
        await client.end()
      }
    }
    const skillsOf = async (id: string) => (await appointments().listBeauticians({ id }, { select: ["skill_product_ids"] }))[0].skill_product_ids as string[]

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      trainee = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      const [neighbour] = await appointments().createBeauticians([
        {
          handle: "test-other-trainee",
          merchant_handle: "jingan-lumiere",
          display_name: "另一位美容师",
          email: "test-other-trainee@doorstep.local",
          phone: "+8613900000009",
          status: "active",
          timezone: ZONE,
          home_lat: peoplesSquare.lat,
          home_lng: peoplesSquare.lng,
          service_radius_km: 15,
          skill_product_ids: [],
        },
      ])
      other = await beauticianToken(api, getContainer(), neighbour.id, "test-other-trainee@doorstep.local")
      const products = (await api.get("/store/products?handle[]=hydrating-facial&handle[]=gel-manicure&fields=id,handle,*variants", booking.store())).data.products
      const facialProduct = products.find((p: { handle: string }) => p.handle === "hydrating-facial")
      facial = { productId: facialProduct.id, variantId: facialProduct.variants[0].id }
      gelProductId = products.find((p: { handle: string }) => p.handle === "gel-manicure").id
      courses = (await api.get("/pro/training/courses", pro(trainee))).data.courses
    })

    it("serves courses, lessons and exams in the beautician's language, and never an answer key", async () => {
      const zh = await api.get("/pro/training/courses", pro(trainee))
      expect(zh.data.locale).toBe("zh-CN")
      expect(zh.data.courses.map((c: { skill: string }) => c.skill).sort()).toEqual(["gel-manicure", "hydrating-facial"])
      expect(zh.data.courses.find((c: { skill: string }) => c.skill === "hydrating-facial")).toMatchObject({
        title: "补水面部护理上门认证",
        exam: { pass_mark: 75, cooldown_hours: 24, validity_months: 12 },
        certification: null,
        retry_at: null,
      })
      const en = await api.get("/pro/training/courses?locale=en", pro(trainee))
      expect(en.data.courses.map((c: { title: string }) => c.title)).toContain("Hydrating Facial: At-home Certification")

      const facialCourse = courses.find((c) => c.skill === "hydrating-facial")!
      const course = (await api.get(`/pro/training/courses/${facialCourse.documentId}`, pro(trainee))).data.course
      expect(course.lessons.map((l: { title: string }) => l.title)).toEqual(["上门准备与卫生标准", "皮肤检测与禁忌判断", "补水导入与护理后建议"])
      const lesson = (await api.get(`/pro/training/lessons/${course.lessons[0].documentId}?locale=en`, pro(trainee))).data.lesson
      expect(lesson.title).toBe("Setting up and hygiene at the customer's home")
      expect(JSON.stringify(lesson.body)).toContain("75% alcohol")

      const exam = (await api.get(`/pro/training/exams/${facialCourse.exam.documentId}`, pro(trainee))).data.exam
      expect(exam.questions.map((q: { key: string; kind: string }) => `${q.key}:${q.kind}`)).toEqual(["q1:single", "q2:multiple", "q3:single", "q4:single"])
      expect(exam.questions[0].options[1]).toEqual({ key: "b", label: "用75%酒精擦拭" })
      const everything = JSON.stringify([zh.data, en.data, course, lesson, exam])
      expect(everything).not.toMatch(/"correct"/)
      expect(everything).not.toContain("grading")

      expect((await settle(api.get("/pro/training/courses"))).status).toBe(401)
      expect((await settle(api.get("/pro/training/courses?locale=fr", pro(trainee)))).data.code).toBe("INVALID_INPUT")
      expect((await settle(api.get("/pro/training/exams/nosuchexam000000000000000", pro(trainee)))).status).toBe(404)
    })

    it("grades a fail, starts the cooldown (409 EXAM_COOLDOWN with retry_at, nothing written), and shows it to nobody else", async () => {
      const exam = examOf("hydrating-facial")
      const before = Date.now()
      const failed = await submit(trainee, exam, WRONG)
      expect(failed.status).toBe(201)
      expect(failed.data.attempt).toMatchObject({ score: 0, passed: false, skill: "hydrating-facial" })
      expect(failed.data.certification).toBeNull()
      const retryAt = new Date(failed.data.attempt.retry_at).getTime()
      expect(retryAt - before).toBeGreaterThanOrEqual(24 * 3_600_000 - 1000)
      expect(retryAt - before).toBeLessThan(24 * 3_600_000 + 60_000)

      const again = await submit(trainee, exam, RIGHT)
      expect(again.status).toBe(409)
      expect(again.data).toMatchObject({ code: "EXAM_COOLDOWN", retry_at: failed.data.attempt.retry_at })
      expect((await api.get("/pro/training/attempts", pro(trainee))).data.attempts).toHaveLength(1)
      expect(await skillsOf(booking.beauticianId)).not.toContain(facial.productId)
      const listed = (await api.get("/pro/training/courses", pro(trainee))).data.courses.find((c: { skill: string }) => c.skill === "hydrating-facial")
      expect(listed).toMatchObject({ retry_at: failed.data.attempt.retry_at, last_score: 0, certification: null })

      // Another beautician sees none of it, and is not held back by it.
      expect((await api.get("/pro/training/attempts", pro(other))).data.attempts).toEqual([])
      expect((await api.get(`/pro/training/exams/${exam}/attempts`, pro(other))).data.attempts).toEqual([])
      expect((await api.get("/pro/training/certifications", pro(other))).data.certifications).toEqual([])
      expect((await submit(other, exam, RIGHT)).data.attempt.passed).toBe(true)
      expect((await api.get("/pro/training/attempts", pro(trainee))).data.attempts).toHaveLength(1)

      // Trainers read the course's figures in the cms: two attempts, one pass, two beauticians.
      const figures = await cmsFigures(courses.find((c) => c.skill === "hydrating-facial")!.documentId)
      expect(figures).toMatchObject({ attempts: 2, passes: 1, pass_rate: 50, beauticians: 2, course_slug: "hydrating-facial-certification" })
    })

    it("refuses answers that do not fit the exam with stable codes, an unknown exam with 404, and writes nothing", async () => {
      const exam = examOf("hydrating-facial")
      const cases: Array<[unknown, string, string | undefined]> = [
        [{ ...RIGHT, q4: ["z"] }, "UNKNOWN_OPTION", "answers.q4"],
        [{ ...RIGHT, q1: ["a", "b"] }, "ONE_OPTION_EXPECTED", "answers.q1"],
        [{ q1: ["b"], q2: ["a"], q3: ["b"] }, "UNANSWERED_QUESTION", "answers.q4"],
        [{ ...RIGHT, q9: ["a"] }, "UNKNOWN_QUESTION", "answers.q9"],
        [{ ...RIGHT, q2: ["a", "a"] }, "REPEATED_OPTION", "answers.q2"],
        [{ ...RIGHT, q1: "b" }, "INVALID_INPUT", "answers.q1"],
      ]
      for (const [answers, code, field] of cases) {
        const answer = await submit(trainee, exam, answers)
        expect({ status: answer.status, code: answer.data.code, field: answer.data.field }).toEqual({ status: 400, code, field })
      }
      const extra = await settle(api.post(`/pro/training/exams/${exam}/attempts`, { answers: RIGHT, score: 100 }, pro(trainee)))
      expect(extra.status).toBe(400)
      expect(extra.data.code).toBe("INVALID_INPUT")
      const unknown = await submit(trainee, "nosuchexam000000000000000", RIGHT)
      expect(unknown.status).toBe(404)
      expect(unknown.data.code).toBe("EXAM_NOT_FOUND")
      expect(await training().attemptsOf(booking.beauticianId)).toEqual([])
    })

    it("counts one of several submissions sent at once against the cooldown", async () => {
      const exam = examOf("hydrating-facial")
      const answers = await Promise.all([1, 2, 3, 4].map(() => submit(trainee, exam, WRONG)))
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409])
      expect(answers.filter((a) => a.status === 409).every((a) => a.data.code === "EXAM_COOLDOWN")).toBe(true)
      expect(await training().attemptsOf(booking.beauticianId, exam)).toHaveLength(1)
    })

    it("certifies the skill on a pass: the beautician becomes bookable and dispatchable for it", async () => {
      expect((await facialSlots()).data.code).toBe("BEAUTICIAN_NOT_FOUND")
      expect(await dispatchCandidates()).not.toContain(booking.beauticianId)

      const passed = await submit(trainee, examOf("hydrating-facial"), RIGHT)
      expect(passed.status).toBe(201)
      expect(passed.data.attempt).toMatchObject({ score: 100, passed: true, retry_at: null })
      const certification = passed.data.certification
      expect(certification).toMatchObject({ skill: "hydrating-facial", product_id: facial.productId, score: 100, status: "active" })
      const passedAt = DateTime.fromISO(certification.passed_at, { zone: ZONE })
      expect(certification.expires_at).toBe(passedAt.plus({ months: 12 }).toUTC().toISO())
      expect((await api.get("/pro/training/certifications", pro(trainee))).data.certifications).toEqual([certification])

      const slots = await facialSlots()
      expect(slots.status).toBe(200)
      expect(slots.data.slots.length).toBeGreaterThan(0)
      expect(slots.data.slots.every((s: { beautician_ids: string[] }) => s.beautician_ids.includes(booking.beauticianId))).toBe(true)
      expect(await dispatchCandidates()).toContain(booking.beauticianId)
      // Booked and paid with them, the job is offered to them.
      const id = await bookAndPay(api, { ...booking, variantId: facial.variantId }, atOn(day)("15:00:00"))
      const offers = await eventually(
        async () => (await api.get("/pro/offers", pro(trainee))).data.offers as Array<{ appointment_id: string }>,
        (list) => list.some((o) => o.appointment_id === id),
      )
      expect(offers.map((o) => o.appointment_id)).toContain(id)
      const listed = (await api.get("/pro/training/courses", pro(trainee))).data.courses.find((c: { skill: string }) => c.skill === "hydrating-facial")
      expect(listed.certification).toEqual(certification)
    })

    it("reminds 14 days before expiry, once; at expiry takes away the skill certification gave, but not one the studio's application gave", async () => {
      // The application already gave them gel manicure; the exam certifies it too.
      await appointments().updateBeauticians({ id: booking.beauticianId, skill_product_ids: [...(await skillsOf(booking.beauticianId)), gelProductId] })
      const facialCert = (await submit(trainee, examOf("hydrating-facial"), RIGHT)).data.certification
      const gelCert = (await submit(trainee, examOf("gel-manicure"), GEL_RIGHT)).data.certification
      expect(gelCert).toMatchObject({ skill: "gel-manicure", status: "active" })
      const expires = new Date(facialCert.expires_at)
      const daysBefore = (days: number) => DateTime.fromJSDate(expires, { zone: ZONE }).minus({ days }).toJSDate()
      const reminders = async () =>
        ((await api.get("/pro/notifications", pro(trainee))).data.notifications as Array<{ kind: string; title: string; body: string }>).filter((n) => n.kind === "certification_expiring")

      expect(await runCertificationExpiry(getContainer(), daysBefore(15))).toEqual({ reminded: 0, expired: 0 })
      expect(await reminders()).toEqual([])
      expect(await runCertificationExpiry(getContainer(), daysBefore(13))).toEqual({ reminded: 1, expired: 0 })
      const [notice] = await reminders()
      expect(notice.title).toBe("认证即将到期")
      expect(notice.body).toContain("「补水面部护理上门认证」")
      expect(notice.body).toContain(`${DateTime.fromJSDate(expires, { zone: ZONE }).year}年`)
      // An SMS template is filled from the same words.
      const { rows: texts } = await dbConnection.raw(`select "params" from "notification_delivery" where "kind" = 'certification_expiring' and "channel" = 'sms'`)
      expect(texts).toEqual([{ params: expect.objectContaining({ skill: "补水面部护理上门认证", when: expect.stringContaining("年"), zone: ZONE }) }])
      expect(await runCertificationExpiry(getContainer(), daysBefore(12))).toEqual({ reminded: 0, expired: 0 })
      expect(await reminders()).toHaveLength(1)
      expect((await facialSlots()).status).toBe(200)

      const lapsed = await runCertificationExpiry(getContainer(), new Date(expires.getTime() + 60_000))
      expect(lapsed).toMatchObject({ expired: 1 })
      const certifications = (await api.get("/pro/training/certifications", pro(trainee))).data.certifications
      expect(certifications.find((c: { skill: string }) => c.skill === "hydrating-facial").status).toBe("expired")
      expect((await facialSlots()).data.code).toBe("BEAUTICIAN_NOT_FOUND")
      expect(await dispatchCandidates()).not.toContain(booking.beauticianId)

      // Gel manicure lapses later (24 months) and, when it does, the application's grant of it stays.
      await runCertificationExpiry(getContainer(), new Date(new Date(gelCert.expires_at).getTime() + 60_000))
      expect((await training().certificationsOf(booking.beauticianId)).find((c) => c.skill === "gel-manicure")!.status).toBe("expired")
      expect(await skillsOf(booking.beauticianId)).toContain(gelProductId)
      expect(await skillsOf(booking.beauticianId)).not.toContain(facial.productId)
    })

    it("answers 503 CMS_UNAVAILABLE when the cms does not answer, and writes nothing", async () => {
      await cms.stop()
      const listed = await settle(api.get("/pro/training/courses", pro(trainee)))
      expect(listed.status).toBe(503)
      expect(listed.data.code).toBe("CMS_UNAVAILABLE")
      const submitted = await submit(trainee, examOf("hydrating-facial"), RIGHT)
      expect(submitted.status).toBe(503)
      expect(submitted.data.code).toBe("CMS_UNAVAILABLE")
      expect(await training().attemptsOf(booking.beauticianId)).toEqual([])
      // What commerce holds still answers.
      expect((await api.get("/pro/training/certifications", pro(trainee))).status).toBe(200)
    })
  },
})
