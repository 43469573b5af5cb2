import net from "node:net"
import { PROVIDER_IDS } from "@doorstep/china-payments/config"
import { startLocalGateways, type LocalGateways } from "@doorstep/china-payments/simulator/local-gateways"
import { deliver, type SignedNotification } from "@doorstep/china-payments/simulator/loopback"
import type { MedusaContainer } from "@medusajs/framework/types"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { captureOrder, cartWith, settle, type Booking, type Response } from "./booking"

type Api = {
  get: (url: string, config?: object) => Promise<Response>
  post: (url: string, body?: unknown, config?: object) => Promise<Response>
}

/** How a customer pays: Medusa's system provider (no money moves), or one of the gateways through its local simulator. */
export type PaymentRoute = "system" | keyof typeof PROVIDER_IDS
export const PAYMENT_PROVIDER_IDS: Record<PaymentRoute, string> = { system: "pp_system_default", ...PROVIDER_IDS }

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * The WeChat Pay and Alipay simulators for one spec file, and commerce's
 * providers pointed at them. Call it at the top of the file, before the
 * runner: commerce's port must be known, and the simulators' env set, before
 * the runner loads commerce's configuration. The simulators sign like the real
 * gateways and deliver their notifications to commerce's `/hooks/payments/*`.
 */
export function withLocalGateways(): { readonly current: LocalGateways } {
  const before = { ...process.env }
  let gateways: LocalGateways | undefined
  beforeAll(async () => {
    process.env.PORT = String(await freePort())
    gateways = await startLocalGateways(`http://localhost:${process.env.PORT}`)
    Object.assign(process.env, gateways.env)
  })
  afterAll(async () => {
    await gateways?.stop()
    for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name]
  })
  return {
    get current() {
      if (!gateways) throw new Error("The local gateways start in beforeAll")
      return gateways
    },
  }
}

/** The region offers only the gateways once they are configured; specs that compare every route offer the system provider beside them. */
export async function offerEveryProvider(container: MedusaContainer, regionId: string) {
  await updateRegionsWorkflow(container).run({ input: { selector: { id: regionId }, update: { payment_providers: Object.values(PAYMENT_PROVIDER_IDS) } } })
}

export interface PaymentSession {
  id: string
  data: Record<string, unknown>
  status: string
}

/**
 * Puts a held appointment in a cart and opens a payment session for it with
 * `route` (WeChat Pay's QR code, Alipay's cashier page). Alipay opens the
 * trade when the customer's browser reaches the cashier page, so it is fetched.
 */
export async function checkoutWith(api: Api, booking: Booking, appointmentId: string, route: PaymentRoute, token = booking.customerToken) {
  const store = booking.store(token)
  const { cart, added } = await cartWith(api, booking, appointmentId, token)
  const collection = (await api.post("/store/payment-collections", { cart_id: cart.id }, store)).data.payment_collection
  const channel = { system: undefined, wechatpay: "native", alipay: "page" }[route]
  const created = await settle(
    api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDER_IDS[route], ...(channel ? { data: { channel } } : {}) }, store),
  )
  if (created.status !== 200) throw new Error(`No ${route} session: ${JSON.stringify(created.data)}`)
  const session = created.data.payment_collection.payment_sessions[0] as PaymentSession
  if (route === "alipay" && (await fetch(session.data.pay_url as string)).status !== 200) throw new Error("Alipay's cashier page did not open")
  return { cart, added, session }
}

/**
 * Pays as the customer would, and gives back the way to do the very same again.
 * Through a gateway its simulator marks the trade paid and sends the signed
 * notification, which places the order; a replay sends those same bytes again.
 * With the system provider the customer completes the cart, and the order is
 * captured as the gateways capture on payment; a replay completes it again.
 * Answers are `{ status, text }`: the gateway's body, or the completion's
 * `type` (`order`, or the error's type).
 */
export async function payWith(api: Api, container: MedusaContainer, booking: Booking, gateways: LocalGateways, route: PaymentRoute, cartId: string, sessionId: string, token = booking.customerToken) {
  if (route === "system") {
    const complete = async () => {
      const completed = await settle(api.post(`/store/carts/${cartId}/complete`, {}, booking.store(token)))
      return { status: completed.status, text: completed.data.type as string, orderId: completed.data.order?.id as string | undefined }
    }
    const { orderId, ...answer } = await complete()
    if (!orderId) throw new Error(`No order: ${JSON.stringify(answer)}`)
    await captureOrder(container, orderId)
    return { answer, replay: async () => (({ orderId: _, ...again }) => again)(await complete()) }
  }
  const notification: SignedNotification = gateways[route].markPaid(sessionId)
  return { answer: await deliver(notification), replay: () => deliver(notification) }
}

/**
 * What paying answers, and what doing it again answers. WeChat Pay wants 204
 * with no body and Alipay the text `success`, each time, or they send again;
 * completing a cart again (a client retrying after a lost answer) answers with its order.
 */
export const ANSWERS: Record<PaymentRoute, { paid: { status: number; text: string }; again: { status: number; text: string } }> = {
  system: { paid: { status: 200, text: "order" }, again: { status: 200, text: "order" } },
  wechatpay: { paid: { status: 204, text: "" }, again: { status: 204, text: "" } },
  alipay: { paid: { status: 200, text: "success" }, again: { status: 200, text: "success" } },
}

/** What the gateway itself has given back for a session, in fen, refund by refund; the system provider moves no money, so nothing. */
export function refundedAtGateway(gateways: LocalGateways, route: PaymentRoute, sessionId: string): number[] {
  if (route === "wechatpay") return (gateways.wechatpay.order(sessionId)?.refunds ?? []).map((refund) => refund.refund)
  if (route === "alipay") return [...(gateways.alipay.trade(sessionId)?.refunds.values() ?? [])]
  return []
}
