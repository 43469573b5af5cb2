import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { atOn, bookAndPay, bookingDay, prepareBooking, settle, staffAccount, type Booking } from "../helpers/booking"

jest.setTimeout(120 * 1000)

/**
 * A studio's settings: opening hours, location, service districts and its own
 * cancellation terms, set by its manager; each booking keeps the terms it was
 * made under. The commission plan is the platform's to change, logged.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let admin: string
    let manager: string
    let staff: string
    let otherManager: string
    const at = atOn(bookingDay())
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    // Free only a week ahead, then 30 % from 24 h, everything under 2 h: any booking for the day after tomorrow pays 30 %.
    const strict = { free_until_hours: 168, tiers: [{ hours_before: 24, fee_percent: 30 }, { hours_before: 2, fee_percent: 60 }], late_fee_percent: 100, reschedule_until_hours: 6 }
    const settings = (body: Record<string, unknown>, token = manager, handle = "jingan-lumiere") => settle(api.post(`/admin/merchants/${handle}/settings`, body, auth(token)))

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      admin = await staffAccount(api, getContainer(), "ops@doorstep.local", { role: "platform_admin" })
      manager = await staffAccount(api, getContainer(), "manager.jingan@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      staff = await staffAccount(api, getContainer(), "staff.jingan@studio.example.cn", { role: "merchant_staff", merchant_handle: "jingan-lumiere" })
      otherManager = await staffAccount(api, getContainer(), "manager.xuhui@studio.example.cn", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })
    })

    it("lets the manager set the studio's hours, place and terms; new terms apply to new bookings only", async () => {
      const before = await bookAndPay(api, booking, at("11:00:00"))
      const changed = await settings({
        opening_hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: "10:00", close: "20:00" })),
        location: { lat: 31.2286, lng: 121.4523, address: "上海市静安区南京西路1266号" },
        service_districts: ["静安区", "黄浦区"],
        cancellation_terms: strict,
      })
      expect(changed.status).toBe(200)
      expect(changed.data.settings).toMatchObject({ cancellation_terms: strict, service_districts: ["静安区", "黄浦区"], commission: { commission_percent: 20, beautician_percent: 70 } })
      expect((await api.get("/admin/merchants/jingan-lumiere/settings", auth(staff))).data.settings.opening_hours).toHaveLength(5)

      const after = await bookAndPay(api, booking, at("15:00:00"))
      const quote = async (id: string) => (await api.get(`/store/appointments/${id}/cancellation-quote`, booking.store(booking.customerToken))).data.quote
      expect(await quote(before)).toMatchObject({ fee_fen: 0, refund_fen: 21800 })
      expect(await quote(after)).toMatchObject({ fee_percent: 30, fee_fen: 6540, refund_fen: 15260 })
      expect((await api.get(`/store/appointments/${after}`, booking.store(booking.customerToken))).data.appointment.cancellation_terms).toEqual(strict)

      const cancelled = (await api.post(`/store/appointments/${after}/cancel`, {}, booking.store(booking.customerToken))).data.appointment
      expect(cancelled).toMatchObject({ status: "cancelled", cancellation_fee_fen: 6540, refund_fen: 15260 })

      // Customers see the studio, its hours and its terms before booking.
      const shown = (await api.get("/store/merchants/jingan-lumiere", booking.store())).data.merchant
      expect(shown).toMatchObject({ name: "静安·光屿美学工作室", cancellation_terms: strict, service_districts: ["静安区", "黄浦区"] })
      expect(shown.opening_hours[0]).toEqual({ weekday: 1, open: "10:00", close: "20:00" })
      expect(JSON.stringify(shown)).not.toMatch(/commission|credit_code|legal_name/)
    })

    it("refuses terms that punish cancelling early, and anyone but the studio's manager", async () => {
      const before = (await api.get("/admin/merchants/jingan-lumiere/settings", auth(manager))).data.settings
      const cheaperLate = await settings({ cancellation_terms: { ...strict, late_fee_percent: 10 } })
      expect(cheaperLate).toMatchObject({ status: 400, data: { code: "INVALID_POLICY", field: "cancellation_terms" } })
      expect((await settings({ opening_hours: [{ weekday: 1, open: "21:00", close: "09:00" }] })).data.code).toBe("INVALID_INPUT")
      expect((await settings({ opening_hours: [{ weekday: 8, open: "09:00", close: "21:00" }] })).data.code).toBe("INVALID_INPUT")
      expect((await settings({ service_districts: ["静安区"] }, staff)).status).toBe(403)
      expect((await settings({ service_districts: ["徐汇区"] }, otherManager)).status).toBe(404)
      expect((await settle(api.get("/admin/merchants/jingan-lumiere/settings", auth(otherManager)))).status).toBe(404)
      expect((await api.get("/admin/merchants/jingan-lumiere/settings", auth(manager))).data.settings).toEqual(before)
      expect((await settle(api.get("/store/merchants/no-such-studio", booking.store()))).status).toBe(404)
    })

    it("keeps the commission plan to the platform, with who and why on record", async () => {
      const commission = (body: Record<string, unknown>, token: string) => settle(api.post("/admin/merchants/jingan-lumiere/commission", body, auth(token)))
      expect((await commission({ commission_percent: 5, beautician_percent: 80, reason: "自己改低" }, manager)).status).toBe(403)
      expect((await commission({ commission_percent: 15, beautician_percent: 75 }, admin)).data).toMatchObject({ code: "INVALID_INPUT", field: "reason" })
      const changed = await commission({ commission_percent: 15, beautician_percent: 75, reason: "年度优质门店计划" }, admin)
      expect(changed.data.settings.commission).toEqual({ commission_percent: 15, beautician_percent: 75 })
      const [logged] = (await dbConnection.raw(`select "from_status", "to_status", "reason", "actor" from "review_decision" where "subject_type" = 'commission_plan'`)).rows
      expect(logged).toMatchObject({ from_status: "20%/70%", to_status: "15%/75%", reason: "年度优质门店计划" })
      expect(logged.actor).toMatch(/^user:/)
    })
  },
})
