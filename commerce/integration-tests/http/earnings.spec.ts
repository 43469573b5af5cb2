import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { postEarnings } from "@doorstep/money/lib/earnings"
import { MONEY_MODULE, type MoneyModuleService } from "@doorstep/money/modules/money"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import path from "node:path"
import { atOn, beauticianToken, bookAndPay, bookingDay, captureOrder, completedJob as completeJob, demo, eventually, finishJob, prepareBooking, settle, staffAccount, ZONE, type Booking } from "../helpers/booking"

jest.setTimeout(120 * 1000)

/**
 * The earnings ledger: a finished job's price, or a cancellation's fee, is
 * shared by the studio's plan between the platform, the studio and the
 * beautician, booked once, never edited; for every appointment, what was paid
 * is what was refunded plus what the ledger holds, to the fen.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let proToken: string
    let manager: string
    const at = atOn(bookingDay())
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const ledger = () => getContainer().resolve<MoneyModuleService>(MONEY_MODULE)
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      proToken = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      manager = await staffAccount(api, getContainer(), "manager.jingan@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
    })

    const completedJob = () => completeJob(api, getContainer(), booking, proToken, at("13:00:00"))
    /** Paid = refunded + booked, for the appointment. */
    async function balances(id: string) {
      const [appointment] = await appointments().listAppointments({ id })
      const entries = await ledger().listLedgerEntries({ appointment_id: id })
      return { paid: appointment.paid_fen, refunded: appointment.refund_fen ?? 0, booked: entries.reduce((sum, e) => sum + e.amount_fen, 0), entries }
    }

    /** Pays a cart as a booking is paid: a payment collection, a session with the system provider, the cart completed. */
    async function pay(cartId: string) {
      const store = booking.store(booking.customerToken)
      const collection = (await api.post("/store/payment-collections", { cart_id: cartId }, store)).data.payment_collection
      await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      return (await api.post(`/store/carts/${cartId}/complete`, {}, store)).data
    }

    it("books a finished job's price once, shared 20 % platform, then 70 % of the rest to the beautician", async () => {
      const id = await completedJob()
      const later = new Date(Date.now() + 60_000)
      const posted = await Promise.all([postEarnings(getContainer(), later), postEarnings(getContainer(), later)])
      expect(posted.reduce((a, b) => a + b, 0)).toBe(3)
      expect(await postEarnings(getContainer(), later)).toBe(0)

      const { paid, refunded, booked, entries } = await balances(id)
      expect(paid).toBe(21800)
      expect(paid).toBe(refunded + booked)
      expect(Object.fromEntries(entries.map((e) => [e.account, e.amount_fen]))).toEqual({ platform: 4360, merchant: 5232, beautician: 12208 })
      expect(entries.every((e) => e.kind === "service" && e.merchant_handle === "jingan-lumiere")).toBe(true)

      const mine = (await api.get("/pro/earnings", auth(proToken))).data
      expect(mine).toMatchObject({ balance_fen: 12208, currency_code: "cny" })
      expect(mine.entries).toHaveLength(1)
      expect(mine.jobs).toEqual([
        expect.objectContaining({
          appointment_id: id,
          variant_id: booking.variantId,
          kind: "service",
          gross_fen: 21800,
          platform_fen: 4360,
          studio_fen: 5232,
          commission_fen: 9592,
          net_fen: 12208,
          tip_fen: 0,
          commission_rate_bp: 2000,
        }),
      ])
      expect((await api.get("/admin/merchants/jingan-lumiere/earnings", auth(manager))).data.balance_fen).toBe(5232)
      expect((await settle(api.get("/admin/merchants/xuhui-qingyu/earnings", auth(manager)))).status).toBe(404)
    })

    it("tells the beautician a job's pay: their share at today's rate while offered, what was booked once done", async () => {
      const id = await bookAndPay(api, booking, at("15:00:00"))
      const pay = async (ids: string) => (await api.get(`/pro/pay?appointment_id=${ids}`, auth(proToken))).data
      expect(await pay(`${id},appt_nobody`)).toEqual({
        currency_code: "cny",
        pay: [{ appointment_id: id, price_fen: 21800, estimate_fen: 12208, rate_bp: 2000, earned_fen: null, tip_fen: 0 }],
      })
      await finishJob(api, getContainer(), id, proToken)
      await postEarnings(getContainer(), new Date(Date.now() + 60_000))
      expect((await pay(id)).pay).toEqual([expect.objectContaining({ appointment_id: id, earned_fen: 12208 })])
      const stranger = await beauticianToken(api, getContainer(), (await appointments().listBeauticians({ handle: booking.otherBeauticianHandle }))[0].id, "pay-stranger@doorstep.local")
      expect((await api.get(`/pro/pay?appointment_id=${id}`, auth(stranger))).data.pay).toEqual([])
      expect(await settle(api.get("/pro/pay", auth(proToken)))).toMatchObject({ status: 400, data: { code: "INVALID_INPUT" } })
    })

    it("books a late cancellation's fee, and nothing for the refunded part", async () => {
      const id = await bookAndPay(api, booking, at("15:00:00"))
      const [stored] = await appointments().listAppointments({ id })
      await captureOrder(getContainer(), stored.order_id!)
      const shift = Date.now() + 3 * 3600_000 - new Date(stored.starts_at).getTime()
      const moved = (value: Date) => new Date(new Date(value).getTime() + shift)
      await appointments().updateAppointments({ id, blocked_from: moved(stored.blocked_from), starts_at: moved(stored.starts_at), ends_at: moved(stored.ends_at), blocked_until: moved(stored.blocked_until) })
      await api.post(`/store/appointments/${id}/cancel`, {}, booking.store(booking.customerToken))

      await postEarnings(getContainer(), new Date(Date.now() + 60_000))
      const { paid, refunded, booked, entries } = await balances(id)
      expect({ paid, refunded, booked }).toEqual({ paid: 21800, refunded: 10900, booked: 10900 })
      expect(Object.fromEntries(entries.map((e) => [e.account, e.amount_fen]))).toEqual({ platform: 2180, merchant: 2616, beautician: 6104 })
      expect(entries.every((e) => e.kind === "cancellation_fee")).toBe(true)
      // The order's books, from Medusa's captures and refunds: captured = refunded + booked.
      const { email, password } = demo.accounts.commerce_admin
      const platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      const order = (await appointments().listAppointments({ id }))[0].order_id
      expect((await api.get(`/admin/orders/${order}/money`, auth(platform))).data.money).toMatchObject({ captured_fen: 21800, refunded_fen: 10900, booked_fen: 10900, held_fen: 0, balanced: true })
    })

    it("books nothing for a cancellation in good time, and never lets an entry change", async () => {
      const free = await bookAndPay(api, booking, at("17:00:00"))
      await api.post(`/store/appointments/${free}/cancel`, {}, booking.store(booking.customerToken))
      const done = await completedJob()
      await postEarnings(getContainer(), new Date(Date.now() + 60_000))
      expect((await balances(free)).entries).toHaveLength(0)
      await expect(dbConnection.raw(`update "ledger_entry" set "amount_fen" = 0 where "appointment_id" = ?`, [done])).rejects.toThrow(/append-only/)
      await expect(dbConnection.raw(`delete from "ledger_entry" where "appointment_id" = ?`, [done])).rejects.toThrow(/append-only/)
      expect((await balances(done)).booked).toBe(21800)
    })

    it("takes each studio's own plan", async () => {
      await ledger().setPlan("jingan-lumiere", { commission_percent: 15, beautician_percent: 60, tiers: null })
      const id = await completedJob()
      await postEarnings(getContainer(), new Date(Date.now() + 60_000))
      const { entries } = await balances(id)
      expect(Object.fromEntries(entries.map((e) => [e.account, e.amount_fen]))).toEqual({ platform: 3270, merchant: 7412, beautician: 11118 })
    })

    it("charges the tier the studio's month had reached before each job, and records plan, tier and rate on the entries", async () => {
      const { email, password } = demo.accounts.commerce_admin
      const platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      const commission = (body: Record<string, unknown>, token = platform) => settle(api.post("/admin/merchants/jingan-lumiere/commission", body, auth(token)))
      const growth = { plan: "growth", tiers: [{ from_fen: 0, rate_bp: 2000 }, { from_fen: 21800, rate_bp: 1000 }], beautician_percent: 70, reason: "月流水阶梯计划" }
      for (const tiers of [[{ from_fen: 100, rate_bp: 2000 }], [{ from_fen: 0, rate_bp: 2000 }, { from_fen: 0, rate_bp: 1000 }], [{ from_fen: 0, rate_bp: 10001 }], [{ from_fen: 0, rate_bp: 1500 }, { from_fen: 50000.5, rate_bp: 1000 }]]) {
        expect((await commission({ ...growth, tiers })).data).toMatchObject({ code: "INVALID_COMMISSION_TIERS", field: "tiers" })
      }
      expect((await commission({ ...growth, commission_percent: 20 })).data.code).toBe("INVALID_INPUT") // a flat percent or tiers, not both
      expect((await commission(growth, manager)).status).toBe(403)
      expect((await api.get("/admin/merchants/jingan-lumiere/settings", auth(manager))).data.settings.commission_plan).toEqual({
        name: "standard",
        tiers: [{ from_fen: 0, rate_bp: 2000 }],
        beautician_percent: 70,
      })
      expect((await commission(growth)).status).toBe(200)
      // The studio's manager sees the plan it is on.
      expect((await api.get("/admin/merchants/jingan-lumiere/settings", auth(manager))).data.settings.commission_plan).toEqual({ name: "growth", tiers: growth.tiers, beautician_percent: 70 })

      const standing = async () => (await api.get("/admin/merchants/jingan-lumiere/earnings", auth(manager))).data.commission
      const month = DateTime.now().setZone(ZONE).toFormat("yyyy-MM")
      expect(await standing()).toEqual({ plan: "growth", month, month_gross_fen: 0, tier: 0, rate_bp: 2000, next_tier_from_fen: 21800 })
      const first = await completedJob()
      const second = await completeJob(api, getContainer(), booking, proToken, at("15:00:00"))
      expect(await postEarnings(getContainer(), new Date(Date.now() + 60_000))).toBe(6)
      const shares = async (id: string) => {
        const { paid, refunded, booked, entries } = await balances(id)
        expect(paid).toBe(refunded + booked)
        return { split: Object.fromEntries(entries.map((e) => [e.account, e.amount_fen])), applied: [...new Set(entries.map((e) => `${e.commission_plan}/${e.commission_tier}/${e.commission_rate_bp}`))] }
      }
      // The first job of the month pays 20 %; it brings the month to ¥218, so the second pays 10 %.
      expect(await shares(first)).toEqual({ split: { platform: 4360, merchant: 5232, beautician: 12208 }, applied: ["growth/0/2000"] })
      expect(await shares(second)).toEqual({ split: { platform: 2180, merchant: 5886, beautician: 13734 }, applied: ["growth/1/1000"] })
      expect(await standing()).toEqual({ plan: "growth", month, month_gross_fen: 43600, tier: 1, rate_bp: 1000, next_tier_from_fen: null })
      const [logged] = (await dbConnection.raw(`select "from_status", "to_status" from "review_decision" where "subject_type" = 'commission_plan'`)).rows
      expect(logged).toMatchObject({ from_status: "20%/70%", to_status: "growth: 20%, 10% from ¥218.00/70%" })
    })

    describe("tips", () => {
      const tip = (id: string, amount_fen: number, token = booking.customerToken) => settle(api.post(`/store/appointments/${id}/tip`, { amount_fen }, booking.store(token)))

      it("lets the job's customer tip once, within 7 days, ¥1–¥500, paid like a booking and booked wholly to the beautician; every order's books balance", async () => {
        const id = await completedJob()
        await postEarnings(getContainer(), new Date(Date.now() + 60_000))
        const upcoming = await bookAndPay(api, booking, at("17:00:00"))
        expect((await tip(id, 99)).data).toMatchObject({ code: "TIP_OUT_OF_RANGE", field: "amount_fen" })
        expect((await tip(id, 50001)).data).toMatchObject({ code: "TIP_OUT_OF_RANGE", field: "amount_fen" })
        expect((await tip(id, 20.5)).data.code).toBe("INVALID_INPUT")
        expect((await tip(upcoming, 2000)).data.code).toBe("NOT_TIPPABLE")
        const stranger = await booking.signIn("stranger.tips@doorstep.local", "Stranger-2026!", true)
        expect((await tip(id, 2000, stranger)).status).toBe(404)
        expect((await tips()).length).toBe(0)

        const both = await Promise.all([tip(id, 2000), tip(id, 3000)])
        expect(both.map((r) => r.status).sort()).toEqual([201, 409])
        const asked = both.find((r) => r.status === 201)!.data.tip
        expect(both.find((r) => r.status === 409)!.data).toMatchObject({ code: "ALREADY_TIPPED", tip: { id: asked.id, status: "pending" } })
        expect(await tips()).toHaveLength(1)

        // The tip's cart is paid as it was asked for.
        const cart = (await api.get(`/store/carts/${asked.cart_id}`, booking.store(booking.customerToken))).data.cart
        expect(Number(cart.total) * 100).toBe(asked.amount_fen)
        expect((await settle(api.post(`/store/carts/${asked.cart_id}/line-items`, { variant_id: booking.variantId, quantity: 1 }, booking.store(booking.customerToken)))).data.code).toBe("TIP_CART_LOCKED")
        const placed = await pay(asked.cart_id)
        expect(placed.type).toBe("order")
        const paid = await eventually(
          async () => (await api.get(`/store/appointments/${id}/tip`, booking.store(booking.customerToken))).data.tip,
          (t) => t.status === "paid",
        )
        expect(paid).toMatchObject({ status: "paid", order_id: placed.order.id })
        expect((await tip(id, 1000)).data).toMatchObject({ code: "ALREADY_TIPPED", tip: { status: "paid" } })

        const { paid: servicePaid, refunded, entries } = await balances(id)
        const tipEntries = entries.filter((e) => e.kind === "tip")
        expect(tipEntries.map((e) => [e.account, e.amount_fen])).toEqual([["beautician", asked.amount_fen]])
        expect(servicePaid).toBe(refunded + entries.filter((e) => e.kind !== "tip").reduce((sum, e) => sum + e.amount_fen, 0))
        const earnings = (await api.get("/pro/earnings", auth(proToken))).data
        expect(earnings.balance_fen).toBe(12208 + asked.amount_fen)
        // The tip is the job's, apart from its gross: no commission is taken from it.
        expect(earnings.jobs).toEqual([expect.objectContaining({ appointment_id: id, gross_fen: 21800, net_fen: 12208, tip_fen: asked.amount_fen })])

        const { email, password } = demo.accounts.commerce_admin
        const platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
        const [stored] = await appointments().listAppointments({ id })
        for (const order of [stored.order_id!, placed.order.id]) await captureOrder(getContainer(), order)
        expect((await api.get(`/admin/orders/${stored.order_id}/money`, auth(platform))).data.money).toMatchObject({ captured_fen: 21800, booked_fen: 21800, held_fen: 0, balanced: true })
        expect((await api.get(`/admin/orders/${placed.order.id}/money`, auth(platform))).data.money).toMatchObject({ captured_fen: asked.amount_fen, booked_fen: asked.amount_fen, held_fen: 0, balanced: true })
      })

      it("closes tips 7 days after the job", async () => {
        const id = await completedJob()
        await dbConnection.raw(`update "appointment_event" set "at" = now() - interval '7 days 1 minute' where "appointment_id" = ? and "status" = 'completed'`, [id])
        expect((await tip(id, 2000)).data.code).toBe("TIP_WINDOW_CLOSED")
        await dbConnection.raw(`update "appointment_event" set "at" = now() - interval '6 days 23 hours' where "appointment_id" = ? and "status" = 'completed'`, [id])
        expect((await tip(id, 2000)).status).toBe(201)
      })

      const tips = () => ledger().listTips({})
    })

    describe("deposits", () => {
      const settings = (body: Record<string, unknown>) => settle(api.post("/admin/merchants/jingan-lumiere/settings", body, auth(manager)))
      const askBalance = (id: string, token = booking.customerToken) => settle(api.post(`/store/appointments/${id}/balance`, {}, booking.store(token)))
      const shown = async (id: string) => (await api.get(`/store/appointments/${id}`, booking.store(booking.customerToken))).data.appointment
      const money = async (order: string) => {
        const { email, password } = demo.accounts.commerce_admin
        const platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
        return (await api.get(`/admin/orders/${order}/money`, auth(platform))).data.money
      }

      it("lets a studio's manager take a deposit of 10–90 %, shown to customers; a full-payment studio's bookings are paid in full, with nothing due after", async () => {
        const full = await bookAndPay(api, booking, at("17:00:00"))
        expect((await shown(full)).payment).toEqual({ mode: "full", price_fen: 21800, balance_due_fen: 0, balance_paid_fen: null })
        expect((await shown(full)).paid_fen).toBe(21800)
        expect((await askBalance(full)).data.code).toBe("NO_BALANCE_DUE")

        for (const payment of [{ mode: "deposit", deposit_percent: 9 }, { mode: "deposit", deposit_percent: 91 }, { mode: "deposit", deposit_percent: 30.5 }, { mode: "deposit" }, { mode: "full", deposit_percent: 30 }]) {
          expect((await settings({ payment })).data).toMatchObject({ code: "INVALID_DEPOSIT_PERCENT", field: "payment.deposit_percent" })
        }
        expect((await settings({ payment: { mode: "half" } })).data.code).toBe("INVALID_INPUT")
        expect((await api.get("/admin/merchants/jingan-lumiere/settings", auth(manager))).data.settings.payment).toEqual({ mode: "full" })

        const terms = { free_until_hours: 12, tiers: [], late_fee_percent: 80, reschedule_until_hours: 2 }
        expect((await settings({ payment: { mode: "deposit", deposit_percent: 30 } })).data.settings).toMatchObject({ payment: { mode: "deposit", deposit_percent: 30 } })
        // Changing the cancellation terms keeps the payment terms, and the other way round.
        expect((await settings({ cancellation_terms: terms })).data.settings).toMatchObject({ payment: { mode: "deposit", deposit_percent: 30 }, cancellation_terms: terms })
        expect((await api.get("/store/merchants/jingan-lumiere", booking.store(booking.customerToken))).data.merchant).toMatchObject({ payment: { mode: "deposit", deposit_percent: 30 }, cancellation_terms: terms })
        // A booking keeps the terms it was made under.
        expect((await shown(full)).payment.mode).toBe("full")
      })

      it("charges a deposit studio's 30 % at checkout, and the balance after the job through a cart of its own, once; the ledger books what was paid, and every order balances", async () => {
        expect((await settings({ payment: { mode: "deposit", deposit_percent: 30 } })).status).toBe(200)
        const id = await bookAndPay(api, booking, at("13:00:00"))
        expect(await shown(id)).toMatchObject({ paid_fen: 6540, payment: { mode: "deposit", deposit_percent: 30, price_fen: 21800, balance_due_fen: 15260, balance_paid_fen: null } })
        expect((await askBalance(id)).data.code).toBe("BALANCE_NOT_DUE")
        await finishJob(api, getContainer(), id, proToken)
        await postEarnings(getContainer(), new Date(Date.now() + 60_000))
        const deposit = await balances(id)
        expect(deposit.booked).toBe(6540)
        expect(deposit.entries.find((e) => e.account === "platform")!.amount_fen).toBe(1308)

        const stranger = await booking.signIn("stranger.balance@doorstep.local", "Stranger-2026!", true)
        expect((await askBalance(id, stranger)).status).toBe(404)
        const both = await Promise.all([askBalance(id), askBalance(id)])
        expect(both.map((r) => r.status)).toEqual([201, 201])
        const asked = both[0].data.balance
        expect(asked).toMatchObject({ appointment_id: id, amount_fen: 15260, status: "pending" })
        expect(both[1].data.balance.cart_id).toBe(asked.cart_id)
        const cart = (await api.get(`/store/carts/${asked.cart_id}`, booking.store(booking.customerToken))).data.cart
        expect(Math.round(Number(cart.total) * 100)).toBe(15260)
        expect((await settle(api.post(`/store/carts/${asked.cart_id}/line-items`, { variant_id: booking.variantId, quantity: 1 }, booking.store(booking.customerToken)))).data.code).toBe("BALANCE_CART_LOCKED")
        const placed = await pay(asked.cart_id)
        expect(placed.type).toBe("order")
        const paid = await eventually(
          async () => (await api.get(`/store/appointments/${id}/balance`, booking.store(booking.customerToken))).data.balance,
          (b) => b.status === "paid",
        )
        expect(paid).toMatchObject({ status: "paid", amount_fen: 15260, order_id: placed.order.id })
        expect((await shown(id)).payment).toMatchObject({ balance_due_fen: 0, balance_paid_fen: 15260 })
        expect((await askBalance(id)).data.code).toBe("NO_BALANCE_DUE")

        // The job's price is booked in all: the deposit, then the balance, at the same tier and rate.
        await postEarnings(getContainer(), new Date(Date.now() + 60_000))
        const { entries, booked } = await balances(id)
        expect(booked).toBe(21800)
        const byAccount = (kind: string) => Object.fromEntries(entries.filter((e) => e.kind === kind).map((e) => [e.account, e.amount_fen]))
        expect(byAccount("balance").platform).toBe(3052)
        expect(byAccount("service").platform + byAccount("balance").platform).toBe(4360)
        expect(entries.every((e) => e.commission_rate_bp === 2000)).toBe(true)

        const [stored] = await appointments().listAppointments({ id })
        for (const order of [stored.order_id!, placed.order.id]) await captureOrder(getContainer(), order)
        expect(await money(stored.order_id!)).toMatchObject({ captured_fen: 6540, refunded_fen: 0, booked_fen: 6540, held_fen: 0, balanced: true })
        expect(await money(placed.order.id)).toMatchObject({ captured_fen: 15260, refunded_fen: 0, booked_fen: 15260, held_fen: 0, balanced: true })
      })

      it("fees a late cancellation of a deposit booking on its full price, but never more than the deposit: nothing is refunded, and the books balance", async () => {
        expect((await settings({ payment: { mode: "deposit", deposit_percent: 30 } })).status).toBe(200)
        const id = await bookAndPay(api, booking, at("15:00:00"))
        const [stored] = await appointments().listAppointments({ id })
        await captureOrder(getContainer(), stored.order_id!)
        const shift = Date.now() + 3 * 3600_000 - new Date(stored.starts_at).getTime()
        const moved = (value: Date) => new Date(new Date(value).getTime() + shift)
        await appointments().updateAppointments({ id, blocked_from: moved(stored.blocked_from), starts_at: moved(stored.starts_at), ends_at: moved(stored.ends_at), blocked_until: moved(stored.blocked_until) })
        // 50 % of ¥218 is more than the ¥65.40 paid: the fee is the deposit.
        expect((await api.get(`/store/appointments/${id}/cancellation-quote`, booking.store(booking.customerToken))).data.quote).toMatchObject({ fee_percent: 50, fee_fen: 6540, refund_fen: 0 })
        const cancelled = (await api.post(`/store/appointments/${id}/cancel`, {}, booking.store(booking.customerToken))).data
        expect(cancelled.appointment).toMatchObject({ status: "cancelled", paid_fen: 6540, cancellation_fee_fen: 6540, refund_fen: 0, payment: { balance_due_fen: 0 } })
        expect((await askBalance(id)).data.code).toBe("NO_BALANCE_DUE")

        await postEarnings(getContainer(), new Date(Date.now() + 60_000))
        const { booked, entries } = await balances(id)
        expect(booked).toBe(6540)
        expect(entries.every((e) => e.kind === "cancellation_fee")).toBe(true)
        expect(await money(stored.order_id!)).toMatchObject({ captured_fen: 6540, refunded_fen: 0, booked_fen: 6540, held_fen: 0, balanced: true })
      })
    })

    describe("withdrawals", () => {
      let platform: string
      beforeEach(async () => {
        const { email, password } = demo.accounts.commerce_admin
        platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      })
      const ask = (amount_fen: number) => settle(api.post("/pro/withdrawals", { amount_fen }, auth(proToken)))
      const decide = (id: string, body: Record<string, unknown>, token = platform) => settle(api.post(`/admin/withdrawals/${id}/decide`, body, auth(token)))

      it("lets a beautician withdraw at least ¥100 and no more than is available, once even when asked twice at once; paid, it leaves the ledger", async () => {
        await completedJob()
        await postEarnings(getContainer(), new Date(Date.now() + 60_000)) // ¥122.08 to the beautician

        expect((await ask(9999)).data).toMatchObject({ code: "BELOW_MINIMUM", field: "amount_fen" })
        expect((await ask(12209)).data).toMatchObject({ code: "INSUFFICIENT_BALANCE", available_fen: 12208 })
        const both = await Promise.all([ask(10000), ask(10000)])
        expect(both.map((a) => a.status).sort()).toEqual([201, 409])
        const { id } = both.find((a) => a.status === 201)!.data.withdrawal
        expect((await api.get("/pro/withdrawals", auth(proToken))).data).toMatchObject({ available_fen: 2208, minimum_fen: 10000 })

        expect((await decide(id, { decision: "pay", transfer_reference: "CMB20261201001" })).data.code).toBe("INVALID_TRANSITION") // approve first
        expect((await decide(id, { decision: "approve" }, manager)).status).toBe(403) // finance is the platform's
        expect((await decide(id, { decision: "approve" })).data.withdrawal.status).toBe("approved")
        // Finance's queue, by status; a status that does not exist is refused, not ignored.
        const [{ display_name }] = await appointments().listBeauticians({ id: booking.beauticianId }, { select: ["display_name"] })
        const approved = (await api.get("/admin/withdrawals?status=approved", auth(platform))).data.withdrawals
        const theirStudio = demo.merchants.find((m) => m.handle === approved[0]?.merchant_handle)
        expect(approved.map((w: { id: string; beautician_name: string; merchant_name: string }) => ({ id: w.id, beautician_name: w.beautician_name, merchant_name: w.merchant_name }))).toEqual([
          { id, beautician_name: display_name, merchant_name: theirStudio?.name["zh-CN"] },
        ])
        expect((await api.get("/admin/withdrawals?status=requested", auth(platform))).data.withdrawals).toEqual([])
        expect((await settle(api.get("/admin/withdrawals?status=aproved", auth(platform)))).data).toMatchObject({ code: "INVALID_INPUT", field: "status" })
        expect((await decide(id, { decision: "pay" })).data.code).toBe("INVALID_INPUT") // the transfer's reference
        expect((await decide(id, { decision: "pay", transfer_reference: "CMB20261201001" })).data.withdrawal).toMatchObject({ status: "paid", transfer_reference: "CMB20261201001" })

        const earnings = (await api.get("/pro/earnings", auth(proToken))).data
        expect(earnings.balance_fen).toBe(2208)
        expect(earnings.entries.map((e: { kind: string; amount_fen: number }) => [e.kind, e.amount_fen])).toEqual([
          ["withdrawal", -10000],
          ["service", 12208],
        ])
        expect((await api.get("/pro/withdrawals", auth(proToken))).data.available_fen).toBe(2208)

        // The month's statement, as a spreadsheet opens it: the entries with the balance after each.
        const month = DateTime.now().setZone(ZONE).toFormat("yyyy-MM")
        const statement = await api.get(`/pro/statements/${month}.csv`, auth(proToken))
        expect(statement.headers?.["content-type"]).toMatch(/^text\/csv/)
        expect(statement.headers?.["content-disposition"]).toBe(`attachment; filename="doorstep-earnings-${month}.csv"`)
        const lines = (statement.data as unknown as string).replace(/^\uFEFF/, "").trim().split("\n").map((line) => line.split(",").slice(1))
        expect(lines.map(([kind, , , amount, balance]) => [kind, amount, balance])).toEqual([
          ["kind", "amount_cny", "balance_cny"],
          ["opening_balance", "", "0.00"],
          ["service", "122.08", "122.08"],
          ["withdrawal", "-100.00", "22.08"],
          ["closing_balance", "22.08", "22.08"],
        ])
        const studio = (await api.get(`/admin/merchants/jingan-lumiere/statements/${month}`, auth(manager))).data as unknown as string
        expect(studio).toContain("service,")
        expect(studio).toContain("52.32,52.32")
        expect((await settle(api.get(`/admin/merchants/xuhui-qingyu/statements/${month}`, auth(manager)))).status).toBe(404)
        expect((await settle(api.get("/pro/statements/2026-13", auth(proToken)))).data).toMatchObject({ code: "INVALID_INPUT", field: "month" })
      })

      it("pays through the payout provider once when paid twice at once, recording provider and reference; a failed payout stays approved with its error", async () => {
        await completedJob()
        await completeJob(api, getContainer(), booking, proToken, at("15:00:00"))
        await postEarnings(getContainer(), new Date(Date.now() + 60_000)) // 2 × ¥122.08 to the beautician
        const first = (await ask(10000)).data.withdrawal.id
        const second = (await ask(10000)).data.withdrawal.id
        for (const id of [first, second]) expect((await decide(id, { decision: "approve" })).status).toBe(200)

        const both = await Promise.all([decide(first, { decision: "pay", transfer_reference: "CMB20261201007" }), decide(first, { decision: "pay", transfer_reference: "CMB20261201007" })])
        expect(both.map((r) => r.status).sort()).toEqual([200, 409])
        expect(both.find((r) => r.status === 200)!.data.withdrawal).toMatchObject({ status: "paid", payout_provider: "manual", transfer_reference: "CMB20261201007" })
        expect(both.find((r) => r.status === 409)!.data.code).toBe("INVALID_TRANSITION")
        const paidOut = await ledger().listLedgerEntries({ beautician_id: booking.beauticianId, kind: "withdrawal" })
        expect(paidOut.map((e) => e.amount_fen)).toEqual([-10000])

        // The same bank transfer cannot pay a second withdrawal: it stays approved, with the reason, and its money still held.
        const failed = await decide(second, { decision: "pay", transfer_reference: "CMB20261201007" })
        expect(failed).toMatchObject({ status: 409, data: { code: "PAYOUT_FAILED", payout_error: "REFERENCE_IN_USE" } })
        const [kept] = await ledger().listWithdrawals({ id: second })
        expect(kept).toMatchObject({ status: "approved", payout_provider: "manual", transfer_reference: null })
        expect(kept.payout_error).toMatch(/^REFERENCE_IN_USE: /)
        expect((await api.get("/pro/withdrawals", auth(proToken))).data.available_fen).toBe(24416 - 20000)
        expect((await api.get("/pro/earnings", auth(proToken))).data.balance_fen).toBe(24416 - 10000)

        const retried = await decide(second, { decision: "pay", transfer_reference: "CMB20261201008" })
        expect(retried.data.withdrawal).toMatchObject({ status: "paid", payout_error: null, transfer_reference: "CMB20261201008" })
        expect((await api.get("/pro/earnings", auth(proToken))).data.balance_fen).toBe(4416)
        expect((await decide(second, { decision: "reject", reason: "已付款不能驳回" })).data.code).toBe("INVALID_TRANSITION")
      })

      it("makes a rejected withdrawal's money available again, with the reason", async () => {
        await completedJob()
        await postEarnings(getContainer(), new Date(Date.now() + 60_000))
        const { id } = (await ask(12000)).data.withdrawal
        expect((await decide(id, { decision: "reject" })).data.code).toBe("INVALID_INPUT")
        expect((await decide(id, { decision: "reject", reason: "银行卡信息有误" })).data.withdrawal).toMatchObject({ status: "rejected", reason: "银行卡信息有误" })
        expect((await api.get("/pro/withdrawals", auth(proToken))).data.available_fen).toBe(12208)
      })
    })

    describe("a database from before money was a module of its own", () => {
      /** The statements of money's migration that adopts the plans the merchant table kept. */
      async function adoptionStatements() {
        const file = path.join(path.dirname(require.resolve("@doorstep/money/package.json")), ".medusa/server/src/modules/money/migrations/Migration20261205090000.js")
        const { Migration20261205090000 } = await import(file)
        const statements: string[] = []
        const migration = Object.create(Migration20261205090000.prototype) as { addSql(sql: string): void; up(): Promise<void> }
        migration.addSql = (sql) => void statements.push(sql)
        await migration.up()
        return statements
      }

      it("has each studio's plan moved to the money module once, and the merchant's plan columns dropped", async () => {
        const statements = await adoptionStatements()
        const rolledBack = new Error("rolled back")
        await dbConnection
          .transaction(async (trx: { raw(sql: string): Promise<{ rows: Array<Record<string, unknown>> }> }) => {
            await trx.raw(`create schema "before_money"`)
            await trx.raw(`set local search_path to "before_money"`)
            await trx.raw(`create table "merchant" ("id" text primary key, "handle" text not null, "commission_percent" real not null default 20, "beautician_percent" real not null default 70,
              "commission_plan" text not null default 'standard', "commission_tiers" jsonb null, "deleted_at" timestamptz null)`)
            await trx.raw(`insert into "merchant" ("id", "handle", "commission_percent", "beautician_percent", "commission_plan", "commission_tiers") values
              ('mer_a', 'growing', 20, 60, 'growth', '[{"from_fen":0,"rate_bp":2000},{"from_fen":1000000,"rate_bp":1500}]'), ('mer_b', 'plain', 12.5, 70, 'standard', null)`)
            for (const sql of [...statements, ...statements]) await trx.raw(sql) // a second run changes nothing
            const plans = (await trx.raw(`select "id", "merchant_handle", "name", "commission_percent", "beautician_percent", "tiers" from "commission_plan" order by "merchant_handle"`)).rows
            expect(plans).toEqual([
              { id: "cplan_mer_a", merchant_handle: "growing", name: "growth", commission_percent: 20, beautician_percent: 60, tiers: [{ from_fen: 0, rate_bp: 2000 }, { from_fen: 1000000, rate_bp: 1500 }] },
              { id: "cplan_mer_b", merchant_handle: "plain", name: "standard", commission_percent: 12.5, beautician_percent: 70, tiers: null },
            ])
            const columns = (await trx.raw(`select "column_name" from information_schema.columns where table_schema = 'before_money' and table_name = 'merchant'`)).rows.map((c) => String(c.column_name))
            expect(columns.sort()).toEqual(["deleted_at", "handle", "id"])
            throw rolledBack
          })
          .catch((error: unknown) => {
            if (error !== rolledBack) throw error
          })
      })
    })
  },
})
