import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { CONTENT_MODULE, type ContentModuleService } from "@doorstep/content/modules/content"
import { TRAINING_MODULE } from "@doorstep/training/modules/training"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { atOn, beauticianToken, bookAndPay, bookingDay, completedJob as completeJob, eventually, peoplesSquare, prepareBooking, settle, staffAccount, type Booking } from "../helpers/booking"

jest.setTimeout(120 * 1000)

/**
 * Reviews: only the customer of a completed appointment, once, within 30
 * days; the studio replies; support hides with a reason; the beautician's
 * rating follows each at once.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let proToken: string
    let manager: string
    let otherManager: string
    let support: string
    const at = atOn(bookingDay())
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      proToken = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      manager = await staffAccount(api, getContainer(), "manager.jingan@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      otherManager = await staffAccount(api, getContainer(), "manager.xuhui@studio.example.cn", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })
      support = await staffAccount(api, getContainer(), "support@studio.example.cn", { role: "support_agent" })
    })

    const completedJob = (time = "13:00:00") => completeJob(api, getContainer(), booking, proToken, at(time))
    const review = (id: string, body: Record<string, unknown>, token = booking.customerToken) => settle(api.post(`/store/appointments/${id}/review`, body, booking.store(token)))
    const beautician = async () => (await appointments().listBeauticians({ id: booking.beauticianId }))[0]

    it("takes one review from the customer of a completed job, and the rating follows at once", async () => {
      const pending = await bookAndPay(api, booking, at("18:00:00"))
      expect((await review(pending, { rating: 5 })).data.code).toBe("NOT_REVIEWABLE")
      const id = await completedJob()
      const stranger = await booking.signIn("review-stranger@doorstep.local", "stranger-password-1", true)
      expect((await review(id, { rating: 1 }, stranger)).status).toBe(404)
      expect((await review(id, { rating: 6 })).data.code).toBe("INVALID_INPUT")

      // Photos must be the customer's own uploads (review-photos.spec): a URL from anywhere else is refused, and nothing is written.
      expect((await review(id, { rating: 4, photos: ["https://files.example.cn/r/1.jpg"] })).data).toMatchObject({ code: "PHOTO_NOT_YOURS", photos: ["https://files.example.cn/r/1.jpg"] })
      expect((await settle(api.get(`/store/appointments/${id}/review`, booking.store(booking.customerToken)))).data.code).toBe("REVIEW_NOT_FOUND")
      expect(await beautician()).toMatchObject({ rating: null, review_count: 0 })

      const first = await review(id, { rating: 4, text: "手法专业，准时到达" })
      expect(first.status).toBe(201)
      const own = (await api.get(`/store/appointments/${id}/review`, booking.store(booking.customerToken))).data.review
      expect(own).toMatchObject({ rating: 4, text: "手法专业，准时到达", photos: [], hidden: false })
      expect((await settle(api.get(`/store/appointments/${id}/review`, booking.store(stranger)))).data.code).toBe("APPOINTMENT_NOT_FOUND")
      expect(await beautician()).toMatchObject({ rating: 4, review_count: 1 })
      expect((await review(id, { rating: 1 })).data.code).toBe("ALREADY_REVIEWED")
      const second = await completedJob("10:00:00")
      await review(second, { rating: 5 })
      expect(await beautician()).toMatchObject({ rating: 4.5, review_count: 2 })

      const shown = (await api.get(`/store/beauticians/${booking.beauticianId}/reviews`, booking.store())).data.reviews
      expect(shown.map((r: { rating: number }) => r.rating)).toEqual([5, 4])
      expect(JSON.stringify(shown)).not.toContain("cus_") // never who wrote it

      // The beautician reads it on the job; nobody else's job answers.
      expect((await api.get(`/pro/jobs/${id}/review`, auth(proToken))).data.review).toMatchObject({ rating: 4, text: "手法专业，准时到达", reply: null })
      const other = await beauticianToken(api, getContainer(), (await appointments().listBeauticians({ handle: booking.otherBeauticianHandle }))[0].id, "other-reader@doorstep.local")
      expect(await settle(api.get(`/pro/jobs/${id}/review`, auth(other)))).toMatchObject({ status: 404, data: { code: "JOB_NOT_FOUND" } })
    })

    it("shows the beautician no review of a job until the customer writes one", async () => {
      const id = await completedJob()
      expect((await api.get(`/pro/jobs/${id}/review`, auth(proToken))).data).toEqual({ review: null })
    })

    it("lists a service's reviews across its options, newest first, with who did the job and never who wrote them", async () => {
      const tuina = (await api.get("/store/products?handle=tuina-massage&fields=id", booking.store())).data.products[0].id
      const nails = (await api.get("/store/products?handle=gel-manicure&fields=id", booking.store())).data.products[0].id
      const before = (await api.get(`/store/reviews?product_id=${tuina}&limit=50`, booking.store())).data.reviews.length
      const id = await completedJob("16:00:00")
      await review(id, { rating: 3, text: "力度可以再轻一点" })
      const { reviews } = (await api.get(`/store/reviews?product_id=${tuina}&limit=50`, booking.store())).data
      expect(reviews).toHaveLength(before + 1)
      expect(reviews[0]).toMatchObject({ rating: 3, text: "力度可以再轻一点", photos: [], beautician: { id: booking.beauticianId, display_name: "测试美容师" } })
      expect(JSON.stringify(reviews)).not.toContain("cus_")
      expect((await api.get(`/store/reviews?product_id=${nails}&limit=50`, booking.store())).data.reviews.map((r: { id: string }) => r.id)).not.toContain(reviews[0].id)
      expect((await api.get("/store/reviews?product_id=prod_missing", booking.store())).data.reviews).toEqual([])
      expect((await settle(api.get("/store/reviews", booking.store()))).data).toMatchObject({ code: "INVALID_INPUT", field: "product_id" })
    })

    it("closes reviews 30 days after the job", async () => {
      const id = await completedJob()
      await dbConnection.raw(`update "appointment_event" set "at" = now() - interval '31 days' where "appointment_id" = ? and "status" = 'completed'`, [id])
      expect((await review(id, { rating: 5 })).data.code).toBe("REVIEW_WINDOW_CLOSED")
    })

    it("lets the studio reply and support hide a review with a reason; a hidden review leaves the rating", async () => {
      const id = await completedJob()
      const { review: posted } = (await review(id, { rating: 1, text: "骗子!!! 加微信 xxx" })).data
      expect((await settle(api.post(`/admin/merchants/xuhui-qingyu/reviews/${posted.id}/reply`, { text: "抱歉" }, auth(otherManager)))).status).toBe(404)
      expect((await settle(api.post(`/admin/merchants/jingan-lumiere/reviews/${posted.id}/reply`, { text: "非常抱歉，我们会联系您" }, auth(manager)))).data.review.reply).toBe("非常抱歉，我们会联系您")

      expect((await settle(api.post(`/admin/reviews/${posted.id}/moderate`, { hidden: true, reason: "含广告" }, auth(manager)))).status).toBe(403)
      expect((await settle(api.post(`/admin/reviews/${posted.id}/moderate`, { hidden: true, reason: "含联系方式广告" }, auth(support)))).status).toBe(200)
      expect(await beautician()).toMatchObject({ rating: null, review_count: 0 })
      expect((await api.get(`/store/beauticians/${booking.beauticianId}/reviews`, booking.store())).data.reviews).toEqual([])
      expect((await api.get(`/pro/jobs/${id}/review`, auth(proToken))).data.review).toBeNull()
    })

    it("puts each review and its moderation into search's rating filter and order at once, without the reconciliation", async () => {
      // Her published profile and a colleague's, as the cms's webhooks index them: neither has a review yet.
      const content = getContainer().resolve<ContentModuleService>(CONTENT_MODULE)
      const [colleague] = await appointments().listBeauticians({ handle: booking.otherBeauticianHandle }, { select: ["id", "merchant_handle"] })
      const unrated = { districts: [], rating: null, review_count: 0, certifications: [], geo: null }
      for (const [id, name, studio] of [[booking.beauticianId, "测试美容师", "jingan-lumiere"], [colleague.id, "同门师姐", colleague.merchant_handle]]) {
        await content.indexEntry({ model: "beautician-profile", document_id: `profile-${id}`, locale: "zh-CN", ref: id, merchant_handle: studio, title: name, text: "芳疗舒压", data: {}, published_at: new Date(), attributes: unrated })
      }
      const search = async (query: string) => (await api.get(`/store/search?type=beautician&${query}`, booking.store())).data.results as Array<{ beautician_id: string; rating: number | null; review_count: number }>
      const hers = `q=${encodeURIComponent("测试美容师")}`
      const byRating = async () => (await search(`q=${encodeURIComponent("芳疗舒压")}&sort=rating`)).map((hit) => hit.beautician_id)
      const indexed = async () => (await content.entriesFor("beautician-profile", "zh-CN", [booking.beauticianId]))[0].attributes
      expect(await search(`${hers}&min_rating=1`)).toEqual([])

      const { review: posted } = (await review(await completedJob(), { rating: 1, text: "迟到了四十分钟" })).data
      const found = await eventually(() => search(`${hers}&min_rating=1`), (hits) => hits.length > 0)
      expect(found).toEqual([expect.objectContaining({ beautician_id: booking.beauticianId, rating: 1, review_count: 1 })])
      expect(await indexed()).toMatchObject({ rating: 1, review_count: 1 })
      expect(await search(`${hers}&min_rating=2`)).toEqual([])
      expect(await byRating()).toEqual([booking.beauticianId, colleague.id]) // one star sorts before none

      const moderate = (hidden: boolean) => api.post(`/admin/reviews/${posted.id}/moderate`, { hidden, reason: hidden ? "与服务无关" : "复核后恢复" }, auth(support))
      await moderate(true)
      expect(await eventually(() => search(`${hers}&min_rating=1`), (hits) => hits.length === 0)).toEqual([])
      expect(await indexed()).toMatchObject({ rating: null, review_count: 0 })

      await moderate(false)
      expect(await eventually(() => search(`${hers}&min_rating=1`), (hits) => hits.length > 0)).toEqual([expect.objectContaining({ beautician_id: booking.beauticianId, rating: 1, review_count: 1 })])
      expect(await indexed()).toMatchObject({ rating: 1, review_count: 1 })
    })

    it("sums up how the beautician has done for their studio and for themselves", async () => {
      const early = await completedJob("10:00:00")
      const late = await completedJob("15:00:00")
      await dbConnection.raw(`update "appointment_event" e set "at" = a."starts_at" + interval '20 minutes' from "appointment" a where a."id" = e."appointment_id" and e."appointment_id" = ? and e."status" = 'arrived'`, [late])
      await review(early, { rating: 5 })
      await api.post("/store/tickets", { kind: "complaint", subject: "迟到", body: "晚到了二十分钟", appointment_id: late }, booking.store(booking.customerToken))
      await api.post("/store/tickets", { kind: "feedback", subject: "很好", body: "谢谢", appointment_id: early }, booking.store(booking.customerToken))

      const expected = { days: 30, rating: 5, review_count: 1, acceptance_rate: null, punctuality: 0.5, cancellation_rate: 0, jobs: { completed: 2, no_show: 0, cancelled: 0 }, complaints: 1 }
      const studio = await api.get(`/admin/merchants/jingan-lumiere/beauticians/${booking.beauticianId}/performance`, auth(manager))
      expect(studio.data.performance).toEqual(expected)
      expect((await api.get("/pro/performance?days=30", auth(proToken))).data.performance).toEqual(expected)
      expect((await settle(api.get(`/admin/merchants/xuhui-qingyu/beauticians/${booking.beauticianId}/performance`, auth(otherManager)))).status).toBe(404)
      expect((await settle(api.get(`/admin/merchants/jingan-lumiere/beauticians/${booking.beauticianId}/performance`, auth(otherManager)))).status).toBe(404)
      expect((await settle(api.get("/pro/performance?days=0", auth(proToken)))).data).toMatchObject({ code: "INVALID_INPUT", field: "days" })
    })

    describe("beauticians as customers see them", () => {
      it("lists who comes to a place, nearest first, with rating and distance, and nothing that reaches or locates them", async () => {
        const near = (query: string) => settle(api.get(`/store/beauticians?${query}`, booking.store()))
        const { beauticians } = (await near(`lat=${peoplesSquare.lat}&lng=${peoplesSquare.lng}&limit=50`)).data
        expect(beauticians.find((b: { id: string }) => b.id === booking.beauticianId)).toEqual({ id: booking.beauticianId, display_name: "测试美容师", merchant_handle: "jingan-lumiere", rating: null, review_count: 0, distance_km: 0 })
        const distances = beauticians.map((b: { distance_km: number }) => b.distance_km)
        expect(distances).toEqual([...distances].sort((a, b) => a - b))
        expect((await near(`lat=${peoplesSquare.lat}&lng=${peoplesSquare.lng}&limit=2`)).data.beauticians).toHaveLength(2)
        expect((await near("lat=39.9042&lng=116.4074")).data.beauticians).toEqual([]) // Beijing: nobody goes that far
        const nails = (await api.get("/store/products?handle=gel-manicure&fields=id", booking.store())).data.products[0]
        const tuina = (await api.get("/store/products?handle=tuina-massage&fields=id", booking.store())).data.products[0]
        const performing = async (productId: string) => (await near(`lat=${peoplesSquare.lat}&lng=${peoplesSquare.lng}&limit=50&product_id=${productId}`)).data.beauticians.map((b: { id: string }) => b.id)
        expect(await performing(tuina.id)).toContain(booking.beauticianId)
        const manicurists = await performing(nails.id)
        expect(manicurists.length).toBeGreaterThan(0)
        expect(manicurists).not.toContain(booking.beauticianId) // performs tuina only
        expect(await performing("prod_missing")).toEqual([])
        expect((await near("lat=91&lng=121.47")).data).toMatchObject({ code: "INVALID_INPUT", field: "lat" })
        expect((await near(`lat=${peoplesSquare.lat}`)).data).toMatchObject({ code: "INVALID_INPUT", field: "lng" })
      })

      it("shows a beautician's profile with the skills training certified while they last, and nobody who is not bookable", async () => {
        const training = getContainer().resolve(TRAINING_MODULE) as { createCertifications(rows: Array<Record<string, unknown>>): Promise<unknown> }
        const product = (await api.get("/store/products?handle=tuina-massage&fields=id", booking.store())).data.products[0]
        const course = { course_document_id: "course-tuina", exam_document_id: "exam-tuina", score: 92, skill: "tuina-massage", product_id: product.id, beautician_id: booking.beauticianId }
        await training.createCertifications([
          { ...course, passed_at: new Date("2026-11-01T02:00:00Z"), expires_at: new Date("2027-11-01T02:00:00Z") },
          { ...course, skill: "old-skill", status: "expired", passed_at: new Date("2024-01-01T02:00:00Z"), expires_at: new Date("2025-01-01T02:00:00Z") },
        ])
        await review(await completedJob(), { rating: 4 })
        const profile = (await api.get(`/store/beauticians/${booking.beauticianId}`, booking.store())).data.beautician
        expect(profile).toEqual({
          id: booking.beauticianId,
          display_name: "测试美容师",
          merchant_handle: "jingan-lumiere",
          rating: 4,
          review_count: 1,
          service_product_ids: [product.id],
          certifications: [{ skill: "tuina-massage", product_id: product.id, passed_at: "2026-11-01T02:00:00.000Z", expires_at: "2027-11-01T02:00:00.000Z" }],
        })
        const [suspended] = await appointments().createBeauticians([
          { handle: "test-suspended", merchant_handle: "jingan-lumiere", display_name: "停用", email: "test-suspended@doorstep.local", phone: "+8613900000011", status: "suspended", timezone: "Asia/Shanghai", home_lat: peoplesSquare.lat, home_lng: peoplesSquare.lng, service_radius_km: 10, skill_product_ids: [product.id] },
        ])
        expect((await settle(api.get(`/store/beauticians/${suspended.id}`, booking.store()))).data.code).toBe("BEAUTICIAN_NOT_FOUND")
        expect((await settle(api.get("/store/beauticians/bea_missing", booking.store()))).status).toBe(404)
      })
    })
  },
})
