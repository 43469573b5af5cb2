import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { postEarnings } from "@doorstep/money/lib/earnings"
import { MONEY_MODULE, type MoneyModuleService } from "@doorstep/money/modules/money"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { atOn, beauticianToken, bookAndPay, bookingDay, captureOrder, demo, finishJob, prepareBooking, settle, staffAccount, ZONE, type Booking } from "../helpers/booking"

jest.setTimeout(240 * 1000)

/**
 * The back office's appointments (issue 18): a studio's staff list their
 * studio's appointments, filtered and paged on the server, open one with its
 * timeline, money and record, and cancel (fee kept or waived), move and
 * refund it with a reason — each change recorded with who and why, two at
 * once counted once, another studio's appointment "not found".
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let booking: Booking
    const customer = { token: "", id: "" }
    let proA = ""
    const tokens = {} as Record<"platform" | "managerA" | "staffA" | "managerB" | "support", string>
    const ids = { managerA: "", staffA: "", morning: "", evening: "" }
    const day = bookingDay()
    const at = atOn(day)
    /** The next day, for the moves and the refunds: one beautician has only so many hours in a day. */
    const at2 = atOn(DateTime.fromISO(day).plus({ days: 1 }).toISODate()!)
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const auth = (who: keyof typeof tokens) => ({ headers: { authorization: `Bearer ${tokens[who]}` } })
    /** Status and body only, so that a failing expectation prints them (a whole response does not serialize). */
    const plain = async (request: Promise<{ status: number; data: Record<string, any> }>) => settle(request).then(({ status, data }) => ({ status, data }))
    const get = (who: keyof typeof tokens, path: string) => plain(api.get(path, auth(who)))
    const post = (who: keyof typeof tokens, path: string, body: unknown) => plain(api.post(path, body, auth(who)))
    const stored = async (id: string) => (await appointments().listAppointments({ id }))[0]
    /** A paid booking of the test customer's; a refusal fails with its answer rather than an unprintable response. */
    const book = (start: string) =>
      bookAndPay(api, booking, start, customer.token).catch((error: { response?: { status: number; data: unknown } }) => {
        throw new Error(`Booking ${start} failed: ${error.response?.status} ${JSON.stringify(error.response?.data ?? error)}`)
      })

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      customer.token = await booking.signIn("appointments-desk@doorstep.local", "Desk-customer-2026", true)
      customer.id = (await api.get("/store/customers/me", booking.store(customer.token))).data.customer.id
      proA = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      const { email, password } = demo.accounts.commerce_admin
      tokens.platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      tokens.managerA = await staffAccount(api, getContainer(), "desk.manager.jingan@doorstep.local", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      tokens.staffA = await staffAccount(api, getContainer(), "desk.staff.jingan@doorstep.local", { role: "merchant_staff", merchant_handle: "jingan-lumiere" })
      tokens.managerB = await staffAccount(api, getContainer(), "desk.manager.xuhui@doorstep.local", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })
      tokens.support = await staffAccount(api, getContainer(), "desk.support@doorstep.local", { role: "support_agent" })
      ids.managerA = (await api.get("/admin/users/me", auth("managerA"))).data.user.id
      ids.staffA = (await api.get("/admin/users/me", auth("staffA"))).data.user.id
      // Made before the first test: the runner restores the database to this point before each one.
      ids.morning = await book(at("10:00:00"))
      ids.evening = await book(at("18:00:00"))
    })

    describe("the list", () => {

      it("shows a studio's appointments of a customer, on a day, newest first, with service, beautician and a masked phone", async () => {
        const answer = await get("managerA", `/admin/appointments?customer_id=${customer.id}&from=${day}&to=${day}`)
        expect(answer.status).toBe(200)
        expect(answer.data).toMatchObject({ merchant_handle: "jingan-lumiere", limit: 20, offset: 0 })
        const listed = answer.data.appointments.map((a: { id: string }) => a.id)
        expect(listed.indexOf(ids.evening)).toBeLessThan(listed.indexOf(ids.morning))
        const row = answer.data.appointments.find((a: { id: string }) => a.id === ids.morning)
        expect(row).toMatchObject({
          status: "confirmed",
          start: DateTime.fromISO(at("10:00:00"), { zone: ZONE }).toISO(),
          service: expect.any(String),
          beautician: { id: booking.beauticianId, merchant_handle: "jingan-lumiere", display_name: expect.any(String) },
          customer: { id: customer.id, phone_last4: expect.stringMatching(/^\d{4}$/) },
          paid_fen: expect.any(Number),
          payment_status: "paid",
        })
        expect(JSON.stringify(row)).not.toMatch(/\+86\d{11}/)
      })

      it("filters by status and pages, counting every match", async () => {
        const confirmed = await get("managerA", `/admin/appointments?customer_id=${customer.id}&status=confirmed,assigned&order=starts_at&limit=1`)
        expect(confirmed.data.count).toBeGreaterThanOrEqual(2)
        expect(confirmed.data.appointments).toHaveLength(1)
        const second = await get("managerA", `/admin/appointments?customer_id=${customer.id}&status=confirmed,assigned&order=starts_at&limit=1&offset=1`)
        expect(second.data.appointments[0].id).not.toBe(confirmed.data.appointments[0].id)
        expect((await get("managerA", `/admin/appointments?customer_id=${customer.id}&status=completed`)).data.count).toBe(0)
      })

      it("shows another studio none of them, and refuses naming it", async () => {
        const theirs = await get("managerB", `/admin/appointments?customer_id=${customer.id}`)
        expect(theirs.data).toMatchObject({ merchant_handle: "xuhui-qingyu", count: 0, appointments: [] })
        expect(await get("managerB", "/admin/appointments?merchant_handle=jingan-lumiere")).toMatchObject({ status: 404, data: { code: "MERCHANT_NOT_FOUND" } })
        // The platform sees every studio's, or one's by name.
        expect((await get("platform", `/admin/appointments?customer_id=${customer.id}&merchant_handle=xuhui-qingyu`)).data.count).toBe(0)
        expect((await get("platform", `/admin/appointments?customer_id=${customer.id}`)).data.count).toBeGreaterThanOrEqual(2)
      })

      it("refuses bad filters with a stable code", async () => {
        for (const query of ["status=lost", `from=${day}&to=2020-01-01`, "limit=0", "order=price", "colour=red"]) {
          expect(await get("managerA", `/admin/appointments?${query}`)).toMatchObject({ status: 400, data: { code: "INVALID_INPUT" } })
        }
      })
    })

    describe("one appointment", () => {
      it("opens with the whole phone, the timeline, the money and what staff may do; another studio's is not found", async () => {
        const id = await book(at("12:00:00"))
        const answer = await get("staffA", `/admin/appointments/${id}`)
        expect(answer.status).toBe(200)
        const appointment = answer.data.appointment
        expect(appointment).toMatchObject({
          id,
          status: "confirmed",
          customer: { id: customer.id, phone: expect.stringMatching(/^\+86\d{11}$/) },
          address: { district: expect.any(String), line1: expect.any(String) },
          payment: { status: "paid", paid_fen: expect.any(Number), refund_fen: null },
          actions: { cancel: true, reschedule: true, cancellation_quote: { fee_fen: 0 } },
          changes: [],
        })
        expect(appointment.timeline.map((e: { status: string }) => e.status)).toEqual(["held", "confirmed"])
        expect(await get("managerB", `/admin/appointments/${id}`)).toMatchObject({ status: 404 })
        expect((await get("support", `/admin/appointments/${id}`)).status).toBe(200)
        expect(await get("managerA", "/admin/appointments/appt_missing")).toMatchObject({ status: 404 })
      })
    })

    describe("cancelling", () => {
      it("keeps the policy's fee unless waived, refunds the rest, and records who and why", async () => {
        const id = await book(at("14:00:00"))
        // Two hours before the start: the policy keeps a fee, which the studio waives.
        const before = await stored(id)
        const shift = Date.now() + 2 * 3600_000 - new Date(before.starts_at).getTime()
        const moved = (value: Date) => new Date(new Date(value).getTime() + shift)
        await appointments().updateAppointments({ id, starts_at: moved(before.starts_at), ends_at: moved(before.ends_at), blocked_from: moved(before.blocked_from), blocked_until: moved(before.blocked_until) })
        const quoted = (await get("staffA", `/admin/appointments/${id}`)).data.appointment.actions.cancellation_quote
        expect(quoted.fee_fen).toBeGreaterThan(0)

        const cancelled = await post("staffA", `/admin/appointments/${id}/cancel`, { reason: "美容师临时生病", waive_fee: true })
        expect(cancelled.status).toBe(200)
        expect(cancelled.data.quote).toMatchObject({ fee_fen: 0, refund_fen: before.paid_fen })
        expect(cancelled.data.appointment).toMatchObject({ status: "cancelled", payment: { cancellation_fee_fen: 0, refund_fen: before.paid_fen } })
        expect(cancelled.data.appointment.changes).toEqual([
          expect.objectContaining({ kind: "cancelled", actor: `user:${ids.staffA}`, reason: "美容师临时生病", details: expect.objectContaining({ waived: true, fee_fen: 0, refund_fen: before.paid_fen }) }),
        ])
        expect(cancelled.data.appointment.timeline.at(-1)).toMatchObject({ status: "cancelled", actor: `user:${ids.staffA}` })
        // The customer sees it cancelled, by the studio.
        const timeline = (await api.get(`/store/appointments/${id}/timeline`, booking.store(customer.token))).data.timeline
        expect(timeline.at(-1)).toMatchObject({ status: "cancelled", by: "user" })
      })

      it("counts two cancellations at once once", async () => {
        const id = await book(at("16:00:00"))
        const answers = await Promise.all([
          post("staffA", `/admin/appointments/${id}/cancel`, { reason: "客户来电取消" }),
          post("managerA", `/admin/appointments/${id}/cancel`, { reason: "客户来电取消" }),
          plain(api.post(`/store/appointments/${id}/cancel`, {}, booking.store(customer.token))),
        ])
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409])
        expect(answers.filter((a) => a.status === 409).every((a) => a.data.code === "INVALID_TRANSITION")).toBe(true)
        const changes = await appointments().listAppointmentChanges({ appointment_id: id })
        expect(changes).toHaveLength(1)
        expect((await stored(id)).status).toBe("cancelled")
      })

      it("wants a reason, and refuses what cannot be cancelled; nothing is written", async () => {
        const id = await book(at2("14:00:00"))
        expect(await post("staffA", `/admin/appointments/${id}/cancel`, {})).toMatchObject({ status: 400, data: { code: "INVALID_INPUT" } })
        expect(await post("staffA", `/admin/appointments/${id}/cancel`, { reason: "x" })).toMatchObject({ status: 400, data: { code: "INVALID_INPUT" } })
        expect(await post("managerB", `/admin/appointments/${id}/cancel`, { reason: "不是我们的" })).toMatchObject({ status: 404 })
        expect((await stored(id)).status).toBe("confirmed")
        await finishJob(api, getContainer(), id, proA)
        expect(await post("managerA", `/admin/appointments/${id}/cancel`, { reason: "已经做完了" })).toMatchObject({ status: 409, data: { code: "INVALID_TRANSITION" } })
        expect(await appointments().listAppointmentChanges({ appointment_id: id })).toHaveLength(0)
      })
    })

    describe("moving", () => {
      it("moves to a free time with a reason, and refuses a taken one without giving up the old", async () => {
        const id = await book(at2("10:00:00"))
        const taken = await book(at2("12:00:00"))
        const refused = await post("staffA", `/admin/appointments/${id}/reschedule`, { start: at2("12:00:00"), reason: "客户要求改时间" })
        expect(refused).toMatchObject({ status: 409, data: { code: "SLOT_UNAVAILABLE" } })
        expect(new Date((await stored(id)).starts_at).toISOString()).toBe(new Date(at2("10:00:00")).toISOString())

        const moved = await post("staffA", `/admin/appointments/${id}/reschedule`, { start: at2("16:00:00"), reason: "客户要求改到下午" })
        expect(moved.status).toBe(200)
        expect(new Date(moved.data.appointment.start).toISOString()).toBe(new Date(at2("16:00:00")).toISOString())
        expect(moved.data.appointment.changes).toEqual([
          expect.objectContaining({ kind: "rescheduled", actor: `user:${ids.staffA}`, reason: "客户要求改到下午", details: { from: new Date(at2("10:00:00")).toISOString(), to: new Date(at2("16:00:00")).toISOString() } }),
        ])
        expect((await stored(taken)).status).toBe("confirmed")
        expect(await post("staffA", `/admin/appointments/${id}/reschedule`, { start: "2020-01-01T10:00:00+08:00", reason: "过去的时间" })).toMatchObject({ status: 400, data: { code: "START_IN_PAST" } })
      })
    })

    describe("refunding", () => {
      /** A visit done and its payment captured, as WeChat Pay and Alipay capture on payment. (The runner restores the database before each test, so each makes its own.) */
      async function finishedVisit() {
        const id = await book(at2("18:00:00"))
        await finishJob(api, getContainer(), id, proA)
        const visit = await stored(id)
        await captureOrder(getContainer(), visit.order_id!)
        return { id, paid: visit.paid_fen!, order: visit.order_id! }
      }

      it("gives back part of a finished visit through the gateway, with a reason, and never more than was paid", async () => {
        const { id, paid, order } = await finishedVisit()
        const refunded = await post("managerA", `/admin/appointments/${id}/refund`, { amount_fen: 5000, reason: "服务超时，部分退款" })
        expect(refunded.status).toBe(200)
        expect(refunded.data.appointment).toMatchObject({ payment: { status: "partially_refunded", refund_fen: 5000 }, actions: { refundable_fen: paid - 5000 } })
        expect(refunded.data.appointment.changes).toEqual([expect.objectContaining({ kind: "refunded", actor: `user:${ids.managerA}`, reason: "服务超时，部分退款", details: { amount_fen: 5000 } })])
        expect((await api.get(`/admin/orders/${order}/money`, auth("platform"))).data.money).toMatchObject({ refunded_fen: 5000 })

        expect(await post("managerA", `/admin/appointments/${id}/refund`, { amount_fen: paid, reason: "全部退款" })).toMatchObject({ status: 409, data: { code: "REFUND_TOO_LARGE" } })
        expect((await stored(id)).refund_fen).toBe(5000)
      })

      it("takes a refund after the shares were booked out of every share, once, so the books still balance", async () => {
        const { id, paid, order } = await finishedVisit()
        const ledger = () => getContainer().resolve<MoneyModuleService>(MONEY_MODULE).listLedgerEntries({ appointment_id: id })
        const byAccount = async () => Object.fromEntries(["platform", "merchant", "beautician"].map((account) => [account, 0])) as Record<string, number>
        const sums = async () => (await ledger()).reduce((totals, e) => ({ ...totals, [e.account]: totals[e.account] + e.amount_fen }), await byAccount())
        await postEarnings(getContainer(), new Date(Date.now() + 60_000))
        const before = await sums()
        expect(before.platform + before.merchant + before.beautician).toBe(paid)

        expect((await post("managerA", `/admin/appointments/${id}/refund`, { amount_fen: 5000, reason: "服务超时，部分退款" })).status).toBe(200)
        await Promise.all([postEarnings(getContainer(), new Date(Date.now() + 60_000)), postEarnings(getContainer(), new Date(Date.now() + 60_000))])
        await postEarnings(getContainer(), new Date(Date.now() + 120_000))
        const after = await sums()
        expect(after.platform + after.merchant + after.beautician).toBe(paid - 5000)
        // Each share gives up its part, none more than it had.
        for (const account of ["platform", "merchant", "beautician"]) {
          expect(after[account]).toBeLessThan(before[account])
          expect(after[account]).toBeGreaterThanOrEqual(0)
        }
        expect((await ledger()).filter((e) => e.kind === "refund")).toHaveLength(3)
        expect((await api.get(`/admin/orders/${order}/money`, auth("platform"))).data.money).toMatchObject({ refunded_fen: 5000, balanced: true })
      })

      it("counts two refunds at once once, and is the manager's call", async () => {
        const { id, paid } = await finishedVisit()
        const over = Math.floor(paid / 2) + 1
        const answers = await Promise.all([1, 2].map(() => post("managerA", `/admin/appointments/${id}/refund`, { amount_fen: over, reason: "客户投诉" })))
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
        expect((await stored(id)).refund_fen).toBe(over)
        expect(await post("staffA", `/admin/appointments/${id}/refund`, { amount_fen: 100, reason: "客户投诉" })).toMatchObject({ status: 403 })
        expect(await post("managerB", `/admin/appointments/${id}/refund`, { amount_fen: 100, reason: "客户投诉" })).toMatchObject({ status: 404 })
        expect(await appointments().listAppointmentChanges({ appointment_id: id })).toHaveLength(1)
      })
    })
  },
})
