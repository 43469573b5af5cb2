import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DISPATCH_MODULE, type DispatchModuleService } from "@doorstep/dispatch/modules/dispatch"
import { MERCHANT_MODULE, type MerchantModuleService } from "@doorstep/studios/modules/merchant"
import { runNotifications } from "@doorstep/notifications/lib/run-notifications"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { address, atOn, beauticianToken, bookAndPay, bookingDay, demo, lujiazui, prepareBooking, settle, staffAccount, type Booking } from "../helpers/booking"

jest.setTimeout(120 * 1000)

const LICENCE = { legal_name: "上海青禾美容服务有限公司", credit_code: "91310000MA1FL6N012", licence_image_url: "https://files.example.cn/licences/qinghe.jpg" }

/**
 * A studio joins: it applies with a new back-office account, hands in its
 * business licence and submits it; the platform approves, or rejects with a
 * reason and the studio mends and submits again. Each decision is logged.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let platform: string
    let booking: Booking
    // Staff of two studios, made before the runner's snapshot so every test has them.
    let manager: string
    let staff: string
    let otherManager: string
    let productId: string
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const merchants = () => getContainer().resolve<MerchantModuleService>(MERCHANT_MODULE)

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      const { email, password } = demo.accounts.commerce_admin
      platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      manager = await staffAccount(api, getContainer(), "manager.jingan@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      staff = await staffAccount(api, getContainer(), "staff.jingan@studio.example.cn", { role: "merchant_staff", merchant_handle: "jingan-lumiere" })
      otherManager = await staffAccount(api, getContainer(), "manager.xuhui@studio.example.cn", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })
      productId = (await api.get(`/store/products?handle=tuina-massage&fields=id`, booking.store())).data.products[0].id
    })

    /** A studio owner registers and applies; resolves to their signed-in token. */
    async function apply(handle: string, email = `${handle}@studio.example.cn`) {
      const password = "Studio-password-2026"
      const registration = (await api.post("/auth/user/emailpass/register", { email, password })).data.token
      const applied = await settle(api.post("/admin/merchant-applications", { handle, name: "青禾美容", contact_phone: "+8613800001111", district: "长宁区" }, auth(registration)))
      return { applied, token: async () => (await api.post("/auth/user/emailpass", { email, password })).data.token as string }
    }

    it("the demo studios are approved", async () => {
      const list = (await api.get("/admin/merchants?status=approved", auth(platform))).data.merchants
      expect(list.map((m: { handle: string }) => m.handle).sort()).toEqual(["jingan-lumiere", "pudong-mosu", "xuhui-qingyu"])
      const unknown = await api.get("/admin/merchants?status=aproved", auth(platform)).catch((error: { response: { status: number; data: unknown } }) => error.response)
      expect(unknown.status).toBe(400)
      expect(unknown.data).toMatchObject({ code: "INVALID_INPUT", field: "status" })
      // A studio that does not exist has no beauticians to show, rather than "no such beautician".
      expect((await settle(api.get("/admin/merchants/no-such-studio/beauticians/bea_missing/performance", auth(platform)))).data.code).toBe("MERCHANT_NOT_FOUND")
    })

    it("applies, hands in the licence, is rejected with a reason, mends it and is approved; every decision logged", async () => {
      const { applied, token } = await apply("changning-qinghe")
      expect(applied.status).toBe(201)
      expect(applied.data.merchant).toMatchObject({ handle: "changning-qinghe", status: "draft" })
      const owner = await token()
      expect((await api.get("/admin/users/me", auth(owner))).data.user.metadata).toEqual({ role: "merchant_manager", merchant_handle: "changning-qinghe" })

      expect((await settle(api.post("/admin/merchants/changning-qinghe/submit", {}, auth(owner)))).data.code).toBe("DOCUMENTS_MISSING")
      expect((await settle(api.post("/admin/merchants/changning-qinghe/submit", { legal_name: "别处的公司" }, auth(owner)))).data).toMatchObject({ code: "INVALID_INPUT" })
      const badCode = await settle(api.post("/admin/merchants/changning-qinghe/documents", { ...LICENCE, credit_code: "91310000MA1FL6N013" }, auth(owner)))
      expect(badCode.status).toBe(400)
      expect(badCode.data).toMatchObject({ code: "INVALID_CREDIT_CODE", field: "credit_code" })
      expect((await merchants().listMerchants({ handle: "changning-qinghe" }))[0].credit_code).toBeNull()

      await api.post("/admin/merchants/changning-qinghe/documents", LICENCE, auth(owner))
      expect((await api.post("/admin/merchants/changning-qinghe/submit", {}, auth(owner))).data.merchant.status).toBe("pending_review")
      expect((await settle(api.post("/admin/merchants/changning-qinghe/review", { decision: "approve" }, auth(owner)))).status).toBe(403) // not their own reviewer
      expect((await settle(api.post("/admin/merchants/changning-qinghe/documents", LICENCE, auth(owner)))).data.code).toBe("INVALID_TRANSITION") // frozen under review

      expect((await settle(api.post("/admin/merchants/changning-qinghe/review", { decision: "reject" }, auth(platform)))).data.code).toBe("INVALID_INPUT") // a reason is needed
      const rejected = await api.post("/admin/merchants/changning-qinghe/review", { decision: "reject", reason: "营业执照照片不清晰" }, auth(platform))
      expect(rejected.data.merchant).toMatchObject({ status: "rejected", status_reason: "营业执照照片不清晰" })
      expect((await api.get("/admin/merchants/changning-qinghe", auth(owner))).data.merchant.status_reason).toBe("营业执照照片不清晰")

      await api.post("/admin/merchants/changning-qinghe/documents", { ...LICENCE, licence_image_url: "https://files.example.cn/licences/qinghe-2.jpg" }, auth(owner))
      await api.post("/admin/merchants/changning-qinghe/submit", {}, auth(owner))
      expect((await api.post("/admin/merchants/changning-qinghe/review", { decision: "approve" }, auth(platform))).data.merchant.status).toBe("approved")
      expect((await settle(api.post("/admin/merchants/changning-qinghe/review", { decision: "approve" }, auth(platform)))).data.code).toBe("INVALID_TRANSITION")

      const { reviews } = (await api.get("/admin/merchants/changning-qinghe", auth(platform))).data
      expect(reviews.map((r: { from_status: string; to_status: string }) => `${r.from_status}→${r.to_status}`)).toEqual([
        "draft→pending_review",
        "pending_review→rejected",
        "rejected→pending_review",
        "pending_review→approved",
      ])
      expect(reviews[1]).toMatchObject({ reason: "营业执照照片不清晰", actor: expect.stringMatching(/^user:/) })
    })

    it("decides once when two reviewers answer at once", async () => {
      const { token } = await apply("minhang-yunshang")
      const owner = await token()
      await api.post("/admin/merchants/minhang-yunshang/documents", LICENCE, auth(owner))
      await api.post("/admin/merchants/minhang-yunshang/submit", {}, auth(owner))
      const answers = await Promise.all([
        settle(api.post("/admin/merchants/minhang-yunshang/review", { decision: "approve" }, auth(platform))),
        settle(api.post("/admin/merchants/minhang-yunshang/review", { decision: "reject", reason: "资料不全" }, auth(platform))),
      ])
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
      const [merchant] = await merchants().listMerchants({ handle: "minhang-yunshang" })
      expect(await merchants().listReviewDecisions({ subject_type: "merchant", subject_id: merchant.id, from_status: "pending_review" })).toHaveLength(1)
    })

    it("takes a suspended studio's beauticians out of availability and holds at once, and brings them back on reinstatement", async () => {
      /** The beautician's bookable starts that day, or their error code when they cannot be booked at all. */
      const slots = async () => {
        const query = `variant_id=${booking.variantId}&lat=${lujiazui.lat}&lng=${lujiazui.lng}&date=${bookingDay()}&beautician_id=${booking.beauticianId}`
        const answer = await settle(api.get(`/store/availability?${query}`, booking.store()))
        return answer.status === 200 ? (answer.data.slots.length as number) : answer.data.code
      }
      const hold = () => settle(api.post("/store/appointments", { variant_id: booking.variantId, start: atOn(bookingDay())("15:00:00"), address: address(), beautician_id: booking.beauticianId }, booking.store(booking.customerToken)))
      expect(await slots()).toBeGreaterThan(0)

      await api.post("/admin/merchants/jingan-lumiere/review", { decision: "suspend", reason: "投诉调查中" }, auth(platform))
      expect(await slots()).toBe("BEAUTICIAN_NOT_FOUND")
      expect((await hold()).status).toBeGreaterThanOrEqual(400)
      expect(await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments({ beautician_id: booking.beauticianId })).toHaveLength(0)

      await api.post("/admin/merchants/jingan-lumiere/review", { decision: "reinstate" }, auth(platform))
      expect(await slots()).toBeGreaterThan(0)
      expect((await hold()).status).toBe(201)
    })

    it("keeps a studio's manager to their own studio, and one account to one studio", async () => {
      const { token } = await apply("jiading-heyue")
      const owner = await token()
      expect((await settle(api.get("/admin/merchants/jingan-lumiere", auth(owner)))).status).toBe(404)
      expect((await settle(api.post("/admin/merchants/jingan-lumiere/documents", LICENCE, auth(owner)))).status).toBe(404)
      expect((await settle(api.get("/admin/merchants", auth(owner)))).status).toBe(403)
      expect((await settle(api.post("/admin/merchant-applications", { handle: "jiading-second", name: "第二家", contact_phone: "+8613800002222" }, auth(owner)))).status).toBe(403)
      const taken = await apply("jingan-lumiere", "copycat@studio.example.cn")
      expect(taken.applied.status).toBe(409)
      expect(taken.applied.data.code).toBe("HANDLE_TAKEN")
    })

    describe("beauticians' applications", () => {
      const ID = "110101199003077416"
      const application = (overrides: Record<string, unknown> = {}) => ({
        display_name: "林晓",
        email: "lin.xiao@studio.example.cn",
        phone: "+8613811112222",
        id_number: ID,
        certificates: [{ name: "美容师职业资格证书（四级）", url: "https://files.example.cn/certs/lin-xiao.jpg" }],
        background_check_consent: true,
        home: { lat: lujiazui.lat, lng: lujiazui.lng },
        service_radius_km: 8,
        skill_product_ids: [productId],
        ...overrides,
      })
      const path = "/admin/merchants/jingan-lumiere/beautician-applications"
      const decide = (id: string, token: string, body: Record<string, unknown>) => settle(api.post(`${path}/${id}/decide`, body, auth(token)))
      const slotsOf = async (beauticianId: string) => {
        const query = `variant_id=${booking.variantId}&lat=${lujiazui.lat}&lng=${lujiazui.lng}&date=${bookingDay()}&beautician_id=${beauticianId}`
        const answer = await settle(api.get(`/store/availability?${query}`, booking.store()))
        return answer.status === 200 ? (answer.data.slots.length as number) : answer.data.code
      }

      it("puts a beautician to work only once the studio's manager and then the platform approve", async () => {
        const submitted = await api.post(path, application(), auth(staff))
        expect(submitted.status).toBe(201)
        const { id, beautician_id } = submitted.data.application
        expect(submitted.data.application).toMatchObject({ status: "submitted", id_number_last4: "7416" })
        expect(JSON.stringify(submitted.data)).not.toContain(ID)
        await api.put(`/admin/beauticians/${beautician_id}/working-hours`, { weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "09:00", end: "21:00" })) }, auth(manager))
        expect(await slotsOf(beautician_id)).toBe("BEAUTICIAN_NOT_FOUND") // pending: never offered

        expect((await decide(id, staff, { decision: "approve" })).status).toBe(403) // staff do not decide
        expect((await decide(id, otherManager, { decision: "approve" })).status).toBe(404) // nor another studio
        expect((await decide(id, platform, { decision: "approve" })).data.code).toBe("INVALID_TRANSITION") // the studio first
        expect((await decide(id, manager, { decision: "approve" })).data.application.status).toBe("merchant_approved")
        expect(await slotsOf(beautician_id)).toBe("BEAUTICIAN_NOT_FOUND")
        expect((await decide(id, platform, { decision: "approve" })).data.application.status).toBe("approved")
        expect(await slotsOf(beautician_id)).toBeGreaterThan(0)
        expect((await settle(api.get("/admin/merchants/xuhui-qingyu/beautician-applications", auth(manager)))).status).toBe(404)
      })

      it("refuses the same person twice, a bad ID number, or no consent, and keeps nobody", async () => {
        const before = (await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({})).length
        expect((await settle(api.post(path, application({ id_number: "110101199003077415" }), auth(staff)))).data).toMatchObject({ code: "INVALID_ID_NUMBER", field: "id_number" })
        expect((await settle(api.post(path, application({ background_check_consent: false }), auth(staff)))).data.code).toBe("INVALID_INPUT")
        expect((await api.post(path, application(), auth(staff))).status).toBe(201)
        const again = await settle(api.post(path, application({ display_name: "林小晓" }), auth(manager)))
        expect(again.status).toBe(409)
        expect(again.data.code).toBe("ALREADY_APPLIED")
        expect((await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({})).length).toBe(before + 1)
      })

      it("lets the studio's manager suspend a beautician with a reason, sending their jobs back to dispatch, and reinstate them", async () => {
        const status = (token: string, body: Record<string, unknown>, beauticianId = booking.beauticianId) =>
          settle(api.post(`/admin/merchants/jingan-lumiere/beauticians/${beauticianId}/status`, body, auth(token)))
        const appointments = getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
        const job = await bookAndPay(api, booking, atOn(bookingDay())("13:00:00"))
        // One they had taken, and one they are on the way to: as dispatch and the portal would have left them.
        const taken = await bookAndPay(api, booking, atOn(bookingDay())("16:00:00"))
        await appointments.updateAppointments({ id: taken, status: "assigned" })
        const underWay = await bookAndPay(api, booking, atOn(bookingDay())("19:00:00"))
        await appointments.updateAppointments({ id: underWay, status: "en_route" })
        // A colleague who performs the service near the address every day, free for both jobs.
        const [colleague] = await appointments.createBeauticians([
          { handle: "test-colleague", merchant_handle: "jingan-lumiere", display_name: "同事", email: "test-colleague@doorstep.local", phone: "+8613900000001", status: "active", timezone: "Asia/Shanghai", home_lat: lujiazui.lat, home_lng: lujiazui.lng, service_radius_km: 5, skill_product_ids: [productId] },
        ])
        await appointments.createWorkingHours([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ beautician_id: colleague.id, weekday, start_time: "09:00", end_time: "21:00" })))
        expect((await status(manager, { status: "suspended" })).data.code).toBe("INVALID_INPUT") // a reason
        expect((await status(staff, { status: "suspended", reason: "多次迟到" })).status).toBe(403)
        expect((await settle(api.post(`/admin/merchants/xuhui-qingyu/beauticians/${booking.beauticianId}/status`, { status: "suspended", reason: "多次迟到" }, auth(otherManager)))).status).toBe(404)

        const suspended = await status(manager, { status: "suspended", reason: "多次迟到，暂停接单一周" })
        expect(suspended.data).toMatchObject({
          beautician: { status: "suspended" },
          redispatched_jobs: [
            { id: job, was: "confirmed" },
            { id: taken, was: "assigned" },
          ],
          jobs_under_way: [{ id: underWay, status: "en_route" }],
        })
        expect(await slotsOf(booking.beauticianId)).toBe("BEAUTICIAN_NOT_FOUND")
        // Each job back in dispatch: confirmed again, on the colleague's calendar with an offer to them, and logged with the reason.
        const dispatch = getContainer().resolve<DispatchModuleService>(DISPATCH_MODULE)
        for (const answer of suspended.data.redispatched_jobs as Array<{ id: string; outcome: string; beautician_id: string | null }>) {
          expect(answer).toMatchObject({ outcome: "offered", beautician_id: colleague.id })
          expect((await appointments.listAppointments({ id: answer.id }))[0]).toMatchObject({ status: "confirmed", beautician_id: colleague.id })
          expect(await dispatch.listOffers({ appointment_id: answer.id, beautician_id: colleague.id, status: "pending" })).toHaveLength(1)
          const decisions = await dispatch.listDispatchDecisions({ appointment_id: answer.id, action: "withdrawn" })
          expect(decisions.map((d) => [d.beautician_id, d.reason])).toEqual([[booking.beauticianId, "beautician suspended: 多次迟到，暂停接单一周"]])
        }
        expect((await appointments.listAppointments({ id: underWay }))[0]).toMatchObject({ status: "en_route", beautician_id: booking.beauticianId })
        // The colleague takes the job the suspended beautician had taken, and the customer is told who comes now.
        const colleaguePro = { headers: { authorization: `Bearer ${await beauticianToken(api, getContainer(), colleague.id, "test-colleague@doorstep.local")}` } }
        const newOffer = (await api.get("/pro/offers", colleaguePro)).data.offers.find((o: { appointment_id: string }) => o.appointment_id === taken)
        expect((await api.post(`/pro/offers/${newOffer.id}/accept`, {}, colleaguePro)).status).toBe(200)
        await runNotifications(getContainer(), new Date())
        const inbox = (await api.get("/store/notifications", booking.store(booking.customerToken))).data.notifications as Array<{ appointment_id: string; kind: string; body: string }>
        expect(inbox.filter((n) => n.appointment_id === taken && n.kind === "beautician_assigned" && n.body.includes("同事"))).toHaveLength(1)
        // The offer they had before is gone from their list and cannot be taken now.
        const pro = { headers: { authorization: `Bearer ${await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")}` } }
        expect((await api.get("/pro/offers", pro)).data.offers).toEqual([])
        const [offer] = await dispatch.listOffers({ appointment_id: job, beautician_id: booking.beauticianId })
        expect(offer.status).toBe("withdrawn")
        const accepted = await settle(api.post(`/pro/offers/${offer.id}/accept`, {}, pro))
        expect(accepted.status).toBe(409)
        expect(accepted.data.code).toBe("BEAUTICIAN_NOT_ACTIVE")
        expect((await status(manager, { status: "suspended", reason: "再次" })).data.code).toBe("INVALID_TRANSITION")

        expect((await status(manager, { status: "active", reason: "已完成培训" })).data.beautician.status).toBe("active")
        expect(await slotsOf(booking.beauticianId)).toBeGreaterThan(0)
        const log = await merchants().listReviewDecisions({ subject_type: "beautician", subject_id: booking.beauticianId }, { order: { created_at: "ASC" } })
        expect(log.map((d) => [d.to_status, d.reason])).toEqual([
          ["suspended", "多次迟到，暂停接单一周"],
          ["active", "已完成培训"],
        ])
      })

      it("wants a reason to reject", async () => {
        const { id } = (await api.post(path, application(), auth(staff))).data.application
        expect((await decide(id, manager, { decision: "reject" })).data.code).toBe("INVALID_INPUT")
        expect((await decide(id, manager, { decision: "reject", reason: "证书已过期" })).data.application.status).toBe("rejected")
        expect((await api.post(path, application(), auth(staff))).status).toBe(201) // a rejected person may be put forward again
      })
    })
  },
})
