import { authenticate, defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { DomainError, sendDomainError } from "@doorstep/appointments/api/domain-error"
import { validate } from "@doorstep/appointments/api/validation"
import { BALANCE_CART_LOCKED } from "../lib/balances"
import { ownCartPurpose } from "../lib/own-cart"
import { PromotionBody, PromotionListQuery, PromotionUpdateBody } from "./admin/merchants/[handle]/promotions/validators"
import { PayQuery } from "./pro/pay/validators"
import { WithdrawalBody, WithdrawalDecisionBody, WithdrawalListQuery } from "./pro/withdrawals/validators"
import { TipBody } from "./store/appointments/[id]/tip/validators"

const backOffice = authenticate("user", ["bearer", "session"])
const customer = authenticate("customer", ["bearer", "session"])
const beautician = authenticate("beautician", ["bearer"])

/** A tip's or a balance's cart keeps the one line it was made with: what is paid is what was asked for. */
async function refuseOwnCartChanges(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const purpose = await ownCartPurpose(req.scope, req.params.id)
  if (purpose === "tip") return sendDomainError(res, new DomainError(409, "TIP_CART_LOCKED", "打赏的订单不能修改 · A tip's cart cannot be changed"))
  if (purpose === "balance") return sendDomainError(res, BALANCE_CART_LOCKED())
  next()
}

export default defineMiddlewares({
  routes: [
    { matcher: "/store/appointments/:id/tip", methods: ["GET"], middlewares: [customer] },
    { matcher: "/store/appointments/:id/tip", methods: ["POST"], middlewares: [customer, validate("body", TipBody)] },
    { matcher: "/store/appointments/:id/balance", methods: ["GET", "POST"], middlewares: [customer] },
    { matcher: "/store/carts/:id/line-items*", methods: ["POST", "DELETE"], middlewares: [refuseOwnCartChanges] },
    { matcher: "/pro/earnings", methods: ["GET"], middlewares: [beautician] },
    { matcher: "/pro/pay", methods: ["GET"], middlewares: [beautician, validate("query", PayQuery)] },
    { matcher: "/pro/statements/:month", methods: ["GET"], middlewares: [beautician] },
    { matcher: "/pro/withdrawals", methods: ["GET"], middlewares: [beautician] },
    { matcher: "/pro/withdrawals", methods: ["POST"], middlewares: [beautician, validate("body", WithdrawalBody)] },
    { matcher: "/admin/merchants/:handle/earnings", methods: ["GET"], middlewares: [backOffice] },
    { matcher: "/admin/merchants/:handle/statements/:month", methods: ["GET"], middlewares: [backOffice] },
    { matcher: "/admin/withdrawals*", middlewares: [backOffice] },
    { matcher: "/admin/withdrawals", methods: ["GET"], middlewares: [validate("query", WithdrawalListQuery)] },
    { matcher: "/admin/withdrawals/:id/decide", methods: ["POST"], middlewares: [validate("body", WithdrawalDecisionBody)] },
    { matcher: "/admin/orders/:id/money", methods: ["GET"], middlewares: [backOffice] },
    { matcher: "/admin/merchants/:handle/promotions*", middlewares: [backOffice] },
    { matcher: "/admin/merchants/:handle/promotions", methods: ["GET"], middlewares: [validate("query", PromotionListQuery)] },
    { matcher: "/admin/merchants/:handle/promotions", methods: ["POST"], middlewares: [validate("body", PromotionBody)] },
    { matcher: "/admin/merchants/:handle/promotions/:id", methods: ["POST"], middlewares: [validate("body", PromotionUpdateBody)] },
    { matcher: "/admin/marketing/promotions*", middlewares: [backOffice] },
    { matcher: "/admin/marketing/promotions", methods: ["GET"], middlewares: [validate("query", PromotionListQuery)] },
    { matcher: "/admin/marketing/promotions", methods: ["POST"], middlewares: [validate("body", PromotionBody)] },
    { matcher: "/admin/marketing/promotions/:id", methods: ["POST"], middlewares: [validate("body", PromotionUpdateBody)] },
  ],
})
