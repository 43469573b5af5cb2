import { postEarnings } from "@doorstep/money/lib/earnings"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { address, atOn, beauticianToken, bookingDay, captureOrder, cartWith, finishJob, prepareBooking, settle, staffAccount, type Booking } from "../helpers/booking"

jest.setTimeout(120 * 1000)

/**
 * Promotions (M10) at checkout: a first-booking coupon and a campaign code
 * lower what the customer pays, and what they paid — not the list price — is
 * what refunds and the earnings ledger work from.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let proToken: string
    let newcomer: string
    let admin: string
    const at = atOn(bookingDay())

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      proToken = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      newcomer = await booking.signIn("newcomer@doorstep.local", "newcomer-password-1", true)
      admin = await staffAccount(api, getContainer(), "finance@doorstep.local", { role: "platform_admin" })
    })
    /** Where the order's money is: captured = refunded + booked + held, to the fen. */
    const money = async (orderId: string) => (await api.get(`/admin/orders/${orderId}/money`, { headers: { authorization: `Bearer ${admin}` } })).data.money

    /** Holds `start`, puts it in a cart with `codes`, and answers the cart before payment. */
    async function cartFor(start: string, codes: string[], token = newcomer) {
      const store = booking.store(token)
      const held = (await api.post("/store/appointments", { variant_id: booking.variantId, start, address: address(), beautician_id: booking.beauticianId }, store)).data.appointment
      const { cart } = await cartWith(api, booking, held.id, token)
      const applied = codes.length ? (await settle(api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: codes }, store))).data.cart ?? cart : cart
      return { appointmentId: held.id as string, cart: applied }
    }
    async function pay(cartId: string, token = newcomer) {
      const store = booking.store(token)
      const collection = (await api.post("/store/payment-collections", { cart_id: cartId }, store)).data.payment_collection
      await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.data.type).toBe("order")
      await captureOrder(getContainer(), completed.data.order.id)
      return { order: completed.data.order, collection }
    }
    const appointment = async (id: string, token = newcomer) => (await api.get(`/store/appointments/${id}`, booking.store(token))).data.appointment

    it("takes ¥30 off a customer's first booking only, and refunds what was paid", async () => {
      const first = await cartFor(at("10:00:00"), ["WELCOME30"])
      expect(Number(first.cart.total)).toBe(188)
      const { collection, order } = await pay(first.cart.id)
      expect(Number(collection.amount)).toBe(188)
      expect(await money(order.id)).toMatchObject({ captured_fen: 18800, refunded_fen: 0, booked_fen: 0, held_fen: 18800, balanced: true })
      expect(await appointment(first.appointmentId)).toMatchObject({ status: "confirmed", paid_fen: 18800 })

      // With a booking made, the coupon no longer applies.
      const second = await cartFor(at("15:00:00"), ["WELCOME30"])
      expect(Number(second.cart.total)).toBe(218)
      expect(Number(second.cart.discount_total ?? 0)).toBe(0)

      // A free cancellation gives back what was paid, not the list price.
      const cancelled = (await api.post(`/store/appointments/${first.appointmentId}/cancel`, {}, booking.store(newcomer))).data
      expect(cancelled.appointment).toMatchObject({ status: "cancelled", refund_fen: 18800 })
      expect(cancelled.quote.refund_fen).toBe(18800)
      expect(await money(order.id)).toMatchObject({ captured_fen: 18800, refunded_fen: 18800, booked_fen: 0, held_fen: 0, balanced: true })
    })

    it("gives the first-booking offer to one booking when two carts with it are paid at once", async () => {
      const carts = [await cartFor(at("10:00:00"), ["WELCOME30"]), await cartFor(at("15:00:00"), ["WELCOME30"])]
      expect(carts.map(({ cart }) => Number(cart.total))).toEqual([188, 188])
      const store = booking.store(newcomer)
      for (const { cart } of carts) {
        const collection = (await api.post("/store/payment-collections", { cart_id: cart.id }, store)).data.payment_collection
        await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      }
      const completed = await Promise.all(carts.map(({ cart }) => settle(api.post(`/store/carts/${cart.id}/complete`, {}, store))))
      const orders = completed.filter((answer) => answer.data.type === "order")
      expect(orders).toHaveLength(1)
      const refused = completed.find((answer) => answer.data.type !== "order")!
      expect(JSON.stringify(refused.data)).toContain("FIRST_BOOKING_USED")
      const states = await Promise.all(carts.map(({ appointmentId }) => appointment(appointmentId)))
      expect(states.map((state) => state.status).sort()).toEqual(["confirmed", "held"])
      expect(states.find((state) => state.status === "confirmed").paid_fen).toBe(18800)
    })

    it("runs a campaign's code for everyone, and books the earnings of the discounted price", async () => {
      const { appointmentId, cart } = await cartFor(at("13:00:00"), ["DOUBLE12"], booking.customerToken)
      expect(Number(cart.total)).toBeCloseTo(191.84, 2)
      const { order } = await pay(cart.id, booking.customerToken)
      expect((await appointment(appointmentId, booking.customerToken)).paid_fen).toBe(19184)

      await finishJob(api, getContainer(), appointmentId, proToken)
      await postEarnings(getContainer(), new Date(Date.now() + 60_000))
      const { rows } = await dbConnection.raw(`select "account", "amount_fen" from "ledger_entry" where "appointment_id" = ? order by "account"`, [appointmentId])
      expect(rows.reduce((sum: number, row: { amount_fen: number }) => sum + row.amount_fen, 0)).toBe(19184)
      expect(rows.find((row: { account: string }) => row.account === "platform").amount_fen).toBe(3837)
      expect(await money(order.id)).toMatchObject({ captured_fen: 19184, refunded_fen: 0, booked_fen: 19184, held_fen: 0, balanced: true })
      const manager = await staffAccount(api, getContainer(), "manager.jingan@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      expect((await settle(api.get(`/admin/orders/${order.id}/money`, { headers: { authorization: `Bearer ${manager}` } }))).status).toBe(403)
    })

    it("says so when a code does not exist", async () => {
      const { cart } = await cartFor(at("17:00:00"), [])
      const unknown = await settle(api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: ["NO-SUCH-CODE"] }, booking.store(newcomer)))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/NO-SUCH-CODE/)
    })
  },
})
