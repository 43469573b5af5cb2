import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { atOn, bookAndPay, bookingDay, prepareBooking, settle, staffAccount, type Booking } from "../helpers/booking"

jest.setTimeout(120 * 1000)

/**
 * Tickets (C10/C12): a customer opens feedback or a complaint, optionally
 * about their appointment; support answers; statuses say whose turn it is;
 * the customer sees the thread, never staff's internal notes; the studio of
 * the job sees tickets about it, another studio nothing.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let appointmentId: string
    let stranger: string
    let support: string
    let manager: string
    let otherManager: string
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const count = async (table: string) => Number((await dbConnection.raw(`select count(*) from "${table}"`)).rows[0].count)

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      appointmentId = await bookAndPay(api, booking, atOn(bookingDay())("15:00:00"))
      stranger = await booking.signIn("ticket-stranger@doorstep.local", "stranger-password-1", true)
      support = await staffAccount(api, getContainer(), "support@studio.example.cn", { role: "support_agent" })
      manager = await staffAccount(api, getContainer(), "manager.jingan@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      otherManager = await staffAccount(api, getContainer(), "manager.xuhui@studio.example.cn", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })
    })

    const open = (body: Record<string, unknown>, token = booking.customerToken) => settle(api.post("/store/tickets", body, booking.store(token)))

    it("runs a complaint about an appointment from the customer to support and the studio, and back", async () => {
      const opened = await open({ kind: "complaint", subject: "美容师迟到", body: "约定 15:00，15:40 才到。", appointment_id: appointmentId })
      expect(opened.status).toBe(201)
      const ticket = opened.data.ticket
      expect(ticket).toMatchObject({ kind: "complaint", status: "open", appointment_id: appointmentId, merchant_handle: "jingan-lumiere" })

      // Support sees it in the queue, notes something internally, and answers.
      const queue = (await api.get("/admin/tickets?status=open", auth(support))).data.tickets
      expect(queue.map((t: { id: string }) => t.id)).toContain(ticket.id)
      await api.post(`/admin/tickets/${ticket.id}/messages`, { body: "已联系门店核实路况", internal: true }, auth(support))
      const replied = await api.post(`/admin/tickets/${ticket.id}/messages`, { body: "非常抱歉，已为您申请 20 元补偿。" }, auth(support))
      expect(replied.data.ticket.status).toBe("awaiting_customer")

      // The customer's thread: their words and support's answer, never the internal note.
      const thread = (await api.get(`/store/tickets/${ticket.id}`, booking.store(booking.customerToken))).data.ticket
      expect(thread.messages.map((m: { author_type: string; body: string }) => [m.author_type, m.body])).toEqual([
        ["customer", "约定 15:00，15:40 才到。"],
        ["staff", "非常抱歉，已为您申请 20 元补偿。"],
      ])
      expect(JSON.stringify(thread)).not.toContain("核实路况")
      expect(thread.customer_id).toBeUndefined()

      // The studio of the job sees it (internal note included); another studio does not.
      expect((await api.get(`/admin/merchants/jingan-lumiere/tickets/${ticket.id}`, auth(manager))).data.ticket.messages).toHaveLength(3)
      expect((await settle(api.get(`/admin/merchants/jingan-lumiere/tickets/${ticket.id}`, auth(otherManager)))).status).toBe(404)
      expect((await settle(api.get(`/admin/merchants/xuhui-qingyu/tickets/${ticket.id}`, auth(otherManager)))).status).toBe(404)
      expect((await api.get(`/admin/merchants/xuhui-qingyu/tickets`, auth(otherManager))).data.tickets).toEqual([])
      // The platform asking about a studio that does not exist is told so, not shown an empty list.
      const platform = await staffAccount(api, getContainer(), "admin@studio.example.cn", { role: "platform_admin" })
      expect((await settle(api.get("/admin/merchants/no-such-studio/tickets", auth(platform)))).data).toMatchObject({ code: "MERCHANT_NOT_FOUND" })
      expect((await settle(api.get("/admin/tickets", auth(manager)))).status).toBe(403)

      // Resolved; the customer writes again and it reopens; closed, it takes nothing more.
      expect((await api.post(`/admin/tickets/${ticket.id}/status`, { status: "resolved" }, auth(support))).data.ticket.status).toBe("resolved")
      const again = await api.post(`/store/tickets/${ticket.id}/messages`, { body: "补偿还没到账" }, booking.store(booking.customerToken))
      expect(again.data.ticket.status).toBe("open")
      expect((await api.post(`/store/tickets/${ticket.id}/close`, {}, booking.store(booking.customerToken))).data.ticket.status).toBe("closed")
      const messages = await count("ticket_message")
      const late = await settle(api.post(`/store/tickets/${ticket.id}/messages`, { body: "还有问题" }, booking.store(booking.customerToken)))
      expect(late).toMatchObject({ status: 409, data: { code: "TICKET_CLOSED" } })
      expect((await settle(api.post(`/admin/tickets/${ticket.id}/messages`, { body: "补充说明" }, auth(support)))).data.code).toBe("TICKET_CLOSED")
      expect(await count("ticket_message")).toBe(messages)
    })

    it("keeps each customer to their own tickets and appointments", async () => {
      const { ticket } = (await open({ kind: "feedback", subject: "建议增加夜间时段", body: "希望晚上 22 点后也能预约。" })).data
      expect(ticket.merchant_handle).toBeNull()
      expect((await settle(api.get(`/store/tickets/${ticket.id}`, booking.store(stranger)))).status).toBe(404)
      expect((await settle(api.post(`/store/tickets/${ticket.id}/messages`, { body: "我也想要" }, booking.store(stranger)))).status).toBe(404)
      expect((await api.get("/store/tickets", booking.store(stranger))).data.tickets).toEqual([])
      const tickets = await count("ticket")
      const aboutOthers = await open({ kind: "complaint", subject: "投诉", body: "别人的预约", appointment_id: appointmentId }, stranger)
      expect(aboutOthers).toMatchObject({ status: 404, data: { code: "APPOINTMENT_NOT_FOUND" } })
      expect((await open({ kind: "praise", subject: "好", body: "很好" })).data).toMatchObject({ code: "INVALID_INPUT", field: "kind" })
      expect((await settle(api.post("/store/tickets", { kind: "feedback", subject: "x", body: "y" }, booking.store()))).status).toBe(401)
      expect(await count("ticket")).toBe(tickets)
    })

    it("lets no burst of requests open more than ten unfinished tickets", async () => {
      const burst = await Promise.all(Array.from({ length: 14 }, (_, i) => open({ kind: "feedback", subject: `反馈 ${i}`, body: "同时提交的反馈" }, stranger)))
      expect(burst.filter((r) => r.status === 201)).toHaveLength(10)
      expect(burst.filter((r) => r.status === 409).every((r) => r.data.code === "TOO_MANY_OPEN_TICKETS")).toBe(true)
      expect(burst.filter((r) => r.status === 409)).toHaveLength(4)
    })

    describe("at most ten new tickets and thirty replies an hour, besides the open-ticket cap", () => {
      const close = (id: string, token: string) => api.post(`/store/tickets/${id}/close`, {}, booking.store(token))
      const reply = (id: string, token: string, body = "补充") => settle(api.post(`/store/tickets/${id}/messages`, { body }, booking.store(token)))
      /** The clock moved on: the customer's tickets and messages are written as if `minutes` earlier. */
      const moveClock = async (customerToken: string, minutes: number) => {
        const me = (await api.get("/store/customers/me", booking.store(customerToken))).data.customer.id
        await dbConnection.raw(`update "ticket_message" set "created_at" = "created_at" - make_interval(mins => ?) where "ticket_id" in (select "id" from "ticket" where "customer_id" = ?)`, [minutes, me])
        await dbConnection.raw(`update "ticket" set "created_at" = "created_at" - make_interval(mins => ?) where "customer_id" = ?`, [minutes, me])
      }
      const expectWait = (answer: { status: number; data: Record<string, any>; headers?: Record<string, string> }, low: number, high: number) => {
        expect(answer).toMatchObject({ status: 429, data: { code: "TOO_MANY_TICKETS" } })
        const retryAfter = Number(answer.headers?.["retry-after"])
        expect(retryAfter).toBeGreaterThanOrEqual(low)
        expect(retryAfter).toBeLessThanOrEqual(high)
        expect(answer.data.retry_after_seconds).toBe(retryAfter)
      }

      it("counts a burst of new tickets exactly, closing them does not reopen the gate, and the hour passing does", async () => {
        const token = await booking.signIn("ticket-flood@doorstep.local", "ticket-flood-1", true)
        const first = await Promise.all(Array.from({ length: 6 }, (_, i) => open({ kind: "feedback", subject: `第一批 ${i}`, body: "同时提交" }, token)))
        expect(first.map((r) => r.status)).toEqual(Array(6).fill(201))
        for (const answer of first) await close(answer.data.ticket.id, token)
        // Half an hour on: six closed, none open, so only the hourly limit stands in the way.
        await moveClock(token, 30)
        const tickets = await count("ticket")
        const second = await Promise.all(Array.from({ length: 8 }, (_, i) => open({ kind: "feedback", subject: `第二批 ${i}`, body: "同时提交" }, token)))
        expect(second.filter((r) => r.status === 201)).toHaveLength(4)
        const refusedOnes = second.filter((r) => r.status !== 201)
        expect(refusedOnes).toHaveLength(4)
        // The first six were opened 30 minutes ago: the oldest leaves the hour in about 30 minutes.
        for (const answer of refusedOnes) expectWait(answer, 29 * 60, 30 * 60)
        expect(await count("ticket")).toBe(tickets + 4)

        // Another half hour and a little: the first six are out of the hour, so six more fit.
        await moveClock(token, 31)
        expect((await open({ kind: "feedback", subject: "一小时后", body: "再次提交" }, token)).status).toBe(201)
      })

      it("counts a burst of replies over the customer's tickets exactly, and lets them write again after the hour", async () => {
        const token = await booking.signIn("reply-flood@doorstep.local", "reply-flood-1", true)
        const [a, b] = await Promise.all([0, 1].map((i) => open({ kind: "feedback", subject: `回复 ${i}`, body: "第一条" }, token)))
        const first = await Promise.all(Array.from({ length: 20 }, (_, i) => reply((i % 2 ? a : b).data.ticket.id, token)))
        expect(first.map((r) => r.status)).toEqual(Array(20).fill(200))
        await moveClock(token, 20)
        const messages = await count("ticket_message")
        const second = await Promise.all(Array.from({ length: 14 }, (_, i) => reply((i % 2 ? a : b).data.ticket.id, token)))
        expect(second.filter((r) => r.status === 200)).toHaveLength(10)
        const refusedOnes = second.filter((r) => r.status !== 200)
        expect(refusedOnes).toHaveLength(4)
        // The 30th latest reply is one of the first twenty, written 20 minutes ago.
        for (const answer of refusedOnes) expectWait(answer, 39 * 60, 40 * 60)
        expect(await count("ticket_message")).toBe(messages + 10)

        // Support's answers are not the customer's to count, and another customer is not held up.
        expect((await settle(api.post(`/admin/tickets/${a.data.ticket.id}/messages`, { body: "收到" }, auth(support)))).status).toBe(200)
        const other = (await open({ kind: "feedback", subject: "别人", body: "另一位顾客" })).data.ticket
        expect((await reply(other.id, booking.customerToken)).status).toBe(200)

        await moveClock(token, 41)
        expect((await reply(a.data.ticket.id, token)).status).toBe(200)
      })
    })

    it("tells the app the customer-service phone from the store's settings", async () => {
      expect((await api.get("/store/support", booking.store())).data.support).toEqual({ phone: "+86 400-820-0000", hours: "09:00–22:00" })
    })
  },
})
