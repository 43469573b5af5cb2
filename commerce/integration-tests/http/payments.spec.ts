import { generateKeyPairSync } from "node:crypto"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { PROVIDER_IDS } from "@doorstep/china-payments/config"
import { finishCutShortCompletions } from "@doorstep/appointments/lib/cut-short-completions"
import { RECONCILE_LOCK, reconcilePayments } from "@doorstep/china-payments/lib/reconcile"
import type { LocalGateways } from "@doorstep/china-payments/simulator/local-gateways"
import { deliver, type SignedNotification } from "@doorstep/china-payments/simulator/loopback"
import { signedAlipayNotification, signedWechatpayNotification } from "@doorstep/china-payments/simulator/signing"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { address, atOn, bookingDay, cartWith, eventually, prepareBooking, settle, type Booking } from "../helpers/booking"
import { cutShortCompletion } from "../helpers/cut-short"
import { checkoutWith, withLocalGateways } from "../helpers/gateways"

jest.setTimeout(180 * 1000)

const stranger = generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } })

// The gateway simulators must be up, and commerce's port known, before the runner loads commerce's configuration.
const local = withLocalGateways()

/**
 * Checkout with WeChat Pay and Alipay end to end: the real providers talk to
 * the local gateway simulators over HTTP, and the simulators notify commerce's
 * `/hooks/payments/*` routes with properly signed notifications.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    const day = bookingDay()
    const at = atOn(day)
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    let gateways: LocalGateways
    beforeAll(async () => {
      gateways = local.current
      booking = await prepareBooking(api, getContainer())
    })

    /** Holds a time, puts it in a cart and opens a payment session with the gateway. */
    async function checkout(gateway: keyof typeof PROVIDER_IDS, time = "13:00:00", token = booking.customerToken) {
      const held = (await settle(api.post("/store/appointments", { variant_id: booking.variantId, start: at(time), address: address(), beautician_id: booking.beauticianId }, booking.store(token)))).data.appointment
      return { held, ...(await checkoutWith(api, booking, held.id, gateway, token)) }
    }

    /** What the database says about a session's money and its appointment. */
    async function state(sessionId: string, appointmentId: string) {
      const { data: payments } = await query().graph({ entity: "payment", fields: ["id", "captured_at", "captures.id", "refunds.id", "refunds.amount"], filters: { payment_session_id: sessionId } })
      const { data: sessions } = await query().graph({ entity: "payment_session", fields: ["status"], filters: { id: sessionId } })
      const orders = (await api.get("/store/orders", booking.store(booking.customerToken))).data.orders as unknown[]
      const [appointment] = await appointments().listAppointments({ id: appointmentId })
      return {
        // A refunded session is replaced by a fresh one, so the customer can pay again.
        sessionStatus: (sessions[0] as { status: string } | undefined)?.status ?? "replaced",
        payments: payments.length,
        captures: payments.flatMap((p) => (p as { captures: unknown[] }).captures).length,
        orders: orders.length,
        appointment: { status: appointment.status, paid_fen: appointment.paid_fen, order_id: appointment.order_id },
      }
    }

    /** The appointment as its customer sees it. */
    const mine = async (id: string) => (await api.get(`/store/appointments/${id}`, booking.store(booking.customerToken))).data.appointment

    const untouched = { sessionStatus: "pending", payments: 0, captures: 0, orders: 0, appointment: { status: "held", paid_fen: null, order_id: null } }
    const confirmed = { payments: 1, captures: 1, orders: 1, appointment: { status: "confirmed", paid_fen: 21800 } }

    describe("paying", () => {
      it("with WeChat Pay (a QR code): the notification places the order and confirms the appointment", async () => {
        const { held, session } = await checkout("wechatpay")
        expect(session.data.code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/)
        expect(await state(session.id, held.id)).toEqual(untouched)
        expect((await mine(held.id)).payment_status).toBe("pending")

        expect(await gateways.wechatpay.pay(session.id)).toBe(204)
        expect(await state(session.id, held.id)).toMatchObject({ ...confirmed, sessionStatus: "authorized" })
        expect(await mine(held.id)).toMatchObject({ status: "confirmed", payment_status: "paid", paid_fen: 21800 })
      })

      it("with Alipay (the cashier page): the notification is answered `success` and the order placed", async () => {
        const { held, session } = await checkout("alipay")
        expect(session.data.pay_url).toContain("/gateway.do?")
        expect(await gateways.alipay.pay(session.id)).toBe("success")
        expect(await state(session.id, held.id)).toMatchObject({ ...confirmed, sessionStatus: "authorized" })
      })

      it("tells the gateway the payer's real IP and our description, whatever the client sends", async () => {
        const store = booking.store(booking.customerToken)
        const held = (await api.post("/store/appointments", { variant_id: booking.variantId, start: at("15:00:00"), address: address(), beautician_id: booking.beauticianId }, store)).data.appointment
        const { cart } = await cartWith(api, booking, held.id)
        const collection = (await api.post("/store/payment-collections", { cart_id: cart.id }, store)).data.payment_collection
        const created = await api.post(
          `/store/payment-collections/${collection.id}/payment-sessions`,
          { provider_id: PROVIDER_IDS.wechatpay, data: { channel: "h5", client_ip: "203.0.113.9", description: "免费" } },
          store,
        )
        const session = created.data.payment_collection.payment_sessions[0]
        expect(session.data.h5_url).toMatch(/^https:\/\/wx\.tenpay\.com\//)
        expect(gateways.wechatpay.order(session.id)).toMatchObject({ description: "Doorstep 上门美容", scene_info: { payer_client_ip: "127.0.0.1" } })
      })

      it("captures once when the same notification arrives ten times at once", async () => {
        const { held, session } = await checkout("wechatpay")
        const notification = gateways.wechatpay.markPaid(session.id)
        const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(notification)))
        expect(answers.map((a) => a.status)).toEqual(Array(10).fill(204))
        expect(await state(session.id, held.id)).toMatchObject(confirmed)
      })

      it("places one order when the customer completes first and the notification comes later", async () => {
        const { held, cart, session } = await checkout("alipay")
        const late = gateways.alipay.markPaid(session.id) // paid; the notification is held back
        const completed = await api.post(`/store/carts/${cart.id}/complete`, {}, booking.store(booking.customerToken))
        expect(completed.data.type).toBe("order")
        expect((await deliver(late)).text).toBe("success")
        expect(await state(session.id, held.id)).toMatchObject(confirmed)
      })

      it("does not complete the cart while the gateway says unpaid", async () => {
        const { held, cart, session } = await checkout("wechatpay")
        const completed = await settle(api.post(`/store/carts/${cart.id}/complete`, {}, booking.store(booking.customerToken)))
        expect(completed.data.type).not.toBe("order")
        expect(await state(session.id, held.id)).toMatchObject({ ...untouched, sessionStatus: expect.any(String) })
      })
    })

    describe("paying after the hold lapsed", () => {
      const lapse = (id: string) => appointments().updateAppointments({ id, status: "expired", expires_at: new Date(Date.now() - 1000) })

      it("takes the same time back when it is still free, and places the order", async () => {
        const { held, session } = await checkout("wechatpay")
        await lapse(held.id)
        expect(await gateways.wechatpay.pay(session.id)).toBe(204)
        expect(await state(session.id, held.id)).toMatchObject(confirmed)
      })

      it("refunds in full, and books nothing, when someone else has taken the time", async () => {
        const { held, session } = await checkout("alipay")
        await lapse(held.id)
        const other = await booking.signIn("late-payer-rival@doorstep.local", "rival-password-1", true)
        const rival = await settle(api.post("/store/appointments", { variant_id: booking.variantId, start: at("13:00:00"), address: address(), beautician_id: booking.beauticianId }, booking.store(other)))
        expect(rival.status).toBe(201)

        expect(await gateways.alipay.pay(session.id)).toBe("success")
        const after = await state(session.id, held.id)
        expect(after).toMatchObject({ sessionStatus: "replaced", orders: 0, appointment: { status: "expired", paid_fen: null, order_id: null } })
        const { data: payments } = await query().graph({ entity: "payment", fields: ["refunds.amount"], filters: { payment_session_id: session.id } })
        expect(payments.flatMap((p) => (p as { refunds: Array<{ amount: number }> }).refunds.map((r) => r.amount))).toEqual([218])
        expect([...gateways.alipay.trade(session.id)!.refunds.values()]).toEqual([21800])
        // The customer sees why: the time is gone and the money went back.
        expect(await eventually(() => mine(held.id), (a) => a.payment_status === "refunded")).toMatchObject({ status: "expired", payment_status: "refunded", refund_fen: 21800 })
      })
    })

    describe("refunds", () => {
      it("gives everything back when cancelled in good time", async () => {
        const { held, session } = await checkout("alipay")
        expect(await gateways.alipay.pay(session.id)).toBe("success")
        await eventually(() => mine(held.id), (a) => a.order_id !== null)
        const cancelled = await api.post(`/store/appointments/${held.id}/cancel`, {}, booking.store(booking.customerToken))
        expect(cancelled.data.appointment).toMatchObject({ status: "cancelled", refund_fen: 21800, payment_status: "refunded" })
        expect([...gateways.alipay.trade(session.id)!.refunds.values()]).toEqual([21800])
      })
    })

    describe("reconciliation", () => {
      const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000)

      it("settles a payment whose notification was lost, and closes orders left unpaid", async () => {
        const paid = await checkout("wechatpay", "13:00:00")
        const abandoned = await checkout("alipay", "16:00:00")
        gateways.wechatpay.markPaid(paid.session.id) // paid; the notification never arrives
        expect(await reconcilePayments(getContainer(), inMinutes(1))).toEqual({ settled: [], unpaid: [], closed: [], failed: [] })

        expect(await reconcilePayments(getContainer(), inMinutes(4))).toEqual({ settled: [paid.session.id], unpaid: [abandoned.session.id], closed: [], failed: [] })
        expect(await state(paid.session.id, paid.held.id)).toMatchObject(confirmed)

        expect(await reconcilePayments(getContainer(), inMinutes(31))).toEqual({ settled: [], unpaid: [], closed: [abandoned.session.id], failed: [] })
        expect(gateways.alipay.trade(abandoned.session.id)?.trade_status).toBe("TRADE_CLOSED")
        expect((await eventually(() => mine(abandoned.held.id), (a) => a.payment_status === "failed")).payment_status).toBe("failed")
      })

      it("tells the customer when the gateway closed the order unpaid", async () => {
        const { held, session } = await checkout("wechatpay")
        gateways.wechatpay.order(session.id)!.trade_state = "CLOSED" // the order timed out at WeChat Pay
        expect(await reconcilePayments(getContainer(), inMinutes(4))).toEqual({ settled: [], unpaid: [], closed: [session.id], failed: [] })
        expect(await eventually(() => mine(held.id), (a) => a.payment_status === "failed")).toMatchObject({ status: "held", payment_status: "failed" })
      })

      it("runs on one instance at a time", async () => {
        const other = await dbConnection.transaction()
        await other.raw(`select pg_advisory_xact_lock(hashtext(?))`, [RECONCILE_LOCK])
        expect(await reconcilePayments(getContainer(), inMinutes(4))).toBeNull()
        await other.rollback()
        expect(await reconcilePayments(getContainer(), inMinutes(4))).not.toBeNull()
      })
    })

    describe("a checkout cut short by kill -9", () => {
      const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000)
      const container = () => getContainer()
      const orderOf = async (id: string) => (await api.get(`/store/orders/${id}`, booking.store(booking.customerToken))).data.order
      /** Whether someone else can now hold the time. */
      const free = async (time: string) => {
        const other = await booking.signIn(`after-crash-${time.replace(/:/g, "")}-${Date.now()}@doorstep.local`, "after-crash-password-1", true)
        return (await settle(api.post("/store/appointments", { variant_id: booking.variantId, start: at(time), address: address(), beautician_id: booking.beauticianId }, booking.store(other)))).status === 201
      }

      it("pays for an order placed before its payment was authorized, once, when the gateway notifies", async () => {
        const { held, cart, session } = await checkout("wechatpay")
        const orderId = await cutShortCompletion(container(), cart.id, held.id, "order linked")
        expect((await orderOf(orderId!)).payment_status).toBe("not_paid")

        const notification = gateways.wechatpay.markPaid(session.id)
        expect((await deliver(notification)).status).toBe(204)
        expect((await deliver(notification)).status).toBe(204)
        expect(await state(session.id, held.id)).toMatchObject({ sessionStatus: "authorized", payments: 1, captures: 1, orders: 1, appointment: { status: "confirmed", paid_fen: 21800 } })
        expect((await orderOf(orderId!)).payment_status).toBe("captured")
      })

      it("cancels such an order, and frees its time, when the gateway closes it unpaid", async () => {
        const { held, cart, session } = await checkout("wechatpay", "14:00:00")
        const orderId = await cutShortCompletion(container(), cart.id, held.id, "order linked")
        gateways.wechatpay.order(session.id)!.trade_state = "CLOSED"
        expect(await reconcilePayments(container(), inMinutes(4))).toEqual({ settled: [], unpaid: [], closed: [session.id], failed: [] })
        expect(await eventually(() => mine(held.id), (a) => a.status === "cancelled")).toMatchObject({ status: "cancelled", payment_status: "failed" })
        expect((await eventually(() => orderOf(orderId!), (o) => o.status === "canceled")).status).toBe("canceled")
        expect(await free("14:00:00")).toBe(true)
      })

      it("places the order of a paid checkout nobody completed again, whose notification was lost", async () => {
        const { held, cart, session } = await checkout("alipay", "16:00:00")
        await cutShortCompletion(container(), cart.id, held.id, "confirmed")
        gateways.alipay.markPaid(session.id) // paid; the notification never arrives
        expect(await finishCutShortCompletions(container(), inMinutes(9))).toEqual([]) // a completion may still be running
        expect(await finishCutShortCompletions(container(), inMinutes(11))).toEqual([{ cartId: cart.id, outcome: "placed", deletedOrders: [] }])
        expect(await state(session.id, held.id)).toMatchObject(confirmed)
        expect(await finishCutShortCompletions(container(), inMinutes(11))).toEqual([])
      })

      it("frees the time of an unpaid checkout nobody completed again, and deletes the order it left", async () => {
        const { held, cart, session } = await checkout("wechatpay", "17:00:00")
        const leftover = await cutShortCompletion(container(), cart.id, held.id, "order created")
        expect((await api.get("/store/orders", booking.store(booking.customerToken))).data.orders.map((o: { id: string }) => o.id)).toContain(leftover)
        expect(await free("17:00:00")).toBe(false)

        expect(await finishCutShortCompletions(container(), inMinutes(11))).toEqual([{ cartId: cart.id, outcome: "released", deletedOrders: [leftover] }])
        expect(await state(session.id, held.id)).toMatchObject({ payments: 0, captures: 0, orders: 0, appointment: { status: "held", paid_fen: null, order_id: null } })
        expect(await free("17:00:00")).toBe(true)
        // Paid after all, late: the time is taken, so the money goes back in full.
        expect(await gateways.wechatpay.pay(session.id)).toBe(204)
        expect(await state(session.id, held.id)).toMatchObject({ orders: 0 })
      })
    })

    describe("notifications: nothing changes unless verified, matched and true at the gateway", () => {
      function wechatpayNotification(sessionId: string, change: { resource?: Record<string, unknown>; key?: string; serial?: string; now?: number } = {}): SignedNotification {
        const account = gateways.env
        const signed = signedWechatpayNotification({
          platformPrivateKey: change.key ?? gateways.gatewayKeys.wechatpayPlatformPrivateKey,
          serial: change.serial ?? gateways.gatewayKeys.wechatpayPlatformSerial,
          apiV3Key: gateways.gatewayKeys.apiV3Key,
          id: `evt-${sessionId}`,
          eventType: "TRANSACTION.SUCCESS",
          resource: {
            appid: account.WECHATPAY_APPID,
            mchid: account.WECHATPAY_MCHID,
            out_trade_no: sessionId,
            transaction_id: "4200000000000000000000000001",
            trade_state: "SUCCESS",
            amount: { total: 21800, currency: "CNY" },
            ...change.resource,
          },
          now: change.now ?? Date.now(),
        })
        return { url: account.WECHATPAY_NOTIFY_URL, headers: { ...signed.headers, "content-type": "application/json" }, body: signed.body }
      }

      it.each([
        ["a forged signature", (id: string) => wechatpayNotification(id, { key: stranger.privateKey }), "BAD_SIGNATURE"],
        ["a key WeChat Pay never issued", (id: string) => wechatpayNotification(id, { serial: "PUB_KEY_ID_STRANGER" }), "UNKNOWN_KEY"],
        ["a stale timestamp (a replay)", (id: string) => wechatpayNotification(id, { now: Date.now() - 6 * 60_000 }), "STALE_TIMESTAMP"],
        ["a tampered body", (id: string) => ({ ...wechatpayNotification(id), body: wechatpayNotification(id).body.replace('"summary":"支付成功"', '"summary":"x"') }), "BAD_SIGNATURE"],
        ["the wrong amount", (id: string) => wechatpayNotification(id, { resource: { amount: { total: 1, currency: "CNY" } } }), "AMOUNT_MISMATCH"],
        ["another app id", (id: string) => wechatpayNotification(id, { resource: { appid: "wx0ther0app000000" } }), "WRONG_APP"],
        ["an unknown session", () => wechatpayNotification("payses_nobody"), "UNKNOWN_SESSION"],
      ])("WeChat Pay: %s → 4xx FAIL", async (_, forge, code) => {
        const { held, session } = await checkout("wechatpay")
        const answer = await deliver(forge(session.id))
        expect(answer.status).toBe(400)
        expect(JSON.parse(answer.text)).toMatchObject({ code: "FAIL", message: expect.stringMatching(new RegExp(`^${code}`)) })
        expect(await state(session.id, held.id)).toEqual(untouched)
      })

      function alipayNotification(sessionId: string, change: { params?: Record<string, string>; key?: string; signType?: string; tamper?: Record<string, string> } = {}): SignedNotification {
        const params = signedAlipayNotification(change.key ?? gateways.gatewayKeys.alipayPrivateKey, {
          notify_id: `n-${sessionId}`,
          notify_type: "trade_status_sync",
          notify_time: "2026-11-25 12:00:00",
          app_id: gateways.env.ALIPAY_APP_ID,
          charset: "utf-8",
          version: "1.0",
          out_trade_no: sessionId,
          trade_no: "2026112522001400000000000001",
          trade_status: "TRADE_SUCCESS",
          total_amount: "218.00",
          ...change.params,
        })
        const body = { ...params, ...(change.signType ? { sign_type: change.signType } : {}), ...change.tamper }
        return { url: gateways.env.ALIPAY_NOTIFY_URL, headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(body).toString() }
      }

      it.each([
        ["a forged signature", (id: string) => alipayNotification(id, { key: stranger.privateKey }), "BAD_SIGNATURE"],
        ["the weak RSA signature type", (id: string) => alipayNotification(id, { signType: "RSA" }), "WEAK_SIGNATURE_TYPE"],
        ["a tampered amount", (id: string) => alipayNotification(id, { tamper: { total_amount: "0.01" } }), "BAD_SIGNATURE"],
        ["the wrong amount", (id: string) => alipayNotification(id, { params: { total_amount: "0.01" } }), "AMOUNT_MISMATCH"],
        ["another app id", (id: string) => alipayNotification(id, { params: { app_id: "2021000000009999" } }), "WRONG_APP"],
      ])("Alipay: %s → not `success`", async (_, forge, code) => {
        const { held, session } = await checkout("alipay")
        const answer = await deliver(forge(session.id))
        expect(answer.text).toBe(`failure: ${code}`)
        expect(await state(session.id, held.id)).toEqual(untouched)
      })

      it("WeChat Pay refund notifications are verified and matched like payments", async () => {
        const { session } = await checkout("wechatpay")
        const refund = (refund: number, key = gateways.gatewayKeys.wechatpayPlatformPrivateKey) => {
          const signed = signedWechatpayNotification({
            platformPrivateKey: key,
            serial: gateways.gatewayKeys.wechatpayPlatformSerial,
            apiV3Key: gateways.gatewayKeys.apiV3Key,
            id: `evt-refund-${refund}`,
            eventType: "REFUND.SUCCESS",
            resource: { mchid: gateways.env.WECHATPAY_MCHID, out_trade_no: session.id, out_refund_no: `${session.id}-r1`, refund_status: "SUCCESS", amount: { total: 21800, refund } },
            now: Date.now(),
          })
          return deliver({ url: gateways.env.WECHATPAY_NOTIFY_URL, headers: { ...signed.headers, "content-type": "application/json" }, body: signed.body })
        }
        expect((await refund(10900)).status).toBe(204)
        expect(await refund(10900, stranger.privateKey)).toMatchObject({ status: 400, text: expect.stringContaining("BAD_SIGNATURE") })
        expect(await refund(99900)).toMatchObject({ status: 400, text: expect.stringContaining("AMOUNT_MISMATCH") })
      })

      it("a stale 'closed' notification arriving after the payment changes nothing", async () => {
        const { held, session } = await checkout("alipay")
        expect(await gateways.alipay.pay(session.id)).toBe("success")
        // Believed (it is genuine), but the gateway is asked before anything changes, and it says paid.
        expect((await deliver(alipayNotification(session.id, { params: { trade_status: "TRADE_CLOSED" } }))).text).toBe("success")
        expect(await state(session.id, held.id)).toMatchObject(confirmed)
        expect((await mine(held.id)).payment_status).toBe("paid")
      })

      it("Medusa's generic webhook route does not take our gateways' notifications", async () => {
        const answer = await settle(api.post("/hooks/payment/wechatpay_wechatpay", {}))
        expect(answer.status).toBe(404)
      })
    })
  },
})
