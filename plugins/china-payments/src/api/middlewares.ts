import { clientAddress } from "@doorstep/appointments/api/client-address"
import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa's generic `/hooks/payment/:provider` would act on our gateways'
 * notifications without matching them to the payment session; they come
 * only through `/hooks/payments/wechatpay` and `/hooks/payments/alipay`.
 */
function elsewhere(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(404).json({ code: "NOT_FOUND", message: "This gateway notifies /hooks/payments/{wechatpay,alipay}" })
}

/**
 * What the gateway order says about the payer comes from us, not from the
 * client: the IP WeChat Pay's H5 checks is the one the request came from, and
 * the description shown in the customer's payment app is ours.
 */
function payerFromRequest(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { data?: Record<string, unknown> }
  const { description: _ignored, ...data } = body.data ?? {}
  const ip = clientAddress(req)
  req.body = { ...body, data: { ...data, client_ip: ip } }
  next()
}

export default defineMiddlewares({
  routes: [
    { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], middlewares: [payerFromRequest] },
    // Signatures cover the exact bytes sent.
    { matcher: "/hooks/payments/*", methods: ["POST"], bodyParser: { preserveRawBody: true } },
    { matcher: "/hooks/payment/wechatpay_wechatpay", middlewares: [elsewhere] },
    { matcher: "/hooks/payment/alipay_alipay", middlewares: [elsewhere] },
  ],
})
