import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa's generic `/hooks/payment/:provider` would act on our gateways'
 * notifications without matching them to the payment session; they come
 * only through `/hooks/payments/wechatpay` and `/hooks/payments/alipay`.
 */
function elsewhere(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(404).json({ code: "NOT_FOUND", message: "This gateway notifies /hooks/payments/{wechatpay,alipay}" })
}

export default defineMiddlewares({
  routes: [
    // Signatures cover the exact bytes sent.
    { matcher: "/hooks/payments/*", methods: ["POST"], bodyParser: { preserveRawBody: true } },
    { matcher: "/hooks/payment/wechatpay_wechatpay", middlewares: [elsewhere] },
    { matcher: "/hooks/payment/alipay_alipay", middlewares: [elsewhere] },
  ],
})
