import { authenticate, defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { DomainError, sendDomainError } from "@doorstep/appointments/api/domain-error"
import { validate } from "@doorstep/appointments/api/validation"
import { TipBody } from "./store/appointments/[id]/tip/validators"
import { ownCartPurpose } from "../lib/own-cart"
import { BALANCE_CART_LOCKED } from "../lib/balances"
import { WithdrawalBody, WithdrawalDecisionBody, WithdrawalListQuery } from "./pro/withdrawals/validators"
import {
  ApplicationDecisionBody,
  BeauticianApplicationBody,
  BeauticianStatusBody,
  CommissionPlanBody,
  MerchantApplicationBody,
  MerchantDocumentsBody,
  MerchantListQuery,
  MerchantReviewBody,
  MerchantSettingsBody,
  StudioServiceBody,
  StudioServiceUpdateBody,
} from "./admin/merchants/validators"

const backOffice = authenticate("user", ["bearer", "session"])
const customer = authenticate("customer", ["bearer", "session"])

/** A tip's or a balance's cart keeps the one line it was made with: what is paid is what was asked for. */
async function refuseOwnCartChanges(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const purpose = await ownCartPurpose(req.scope, req.params.id)
  if (purpose === "tip") return sendDomainError(res, new DomainError(409, "TIP_CART_LOCKED", "打赏的订单不能修改 · A tip's cart cannot be changed"))
  if (purpose === "balance") return sendDomainError(res, BALANCE_CART_LOCKED())
  next()
}

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/merchant-applications",
      methods: ["POST"],
      middlewares: [authenticate("user", ["bearer"], { allowUnregistered: true }), validate("body", MerchantApplicationBody)],
    },
    { matcher: "/admin/merchants*", middlewares: [backOffice] },
    { matcher: "/admin/merchants", methods: ["GET"], middlewares: [validate("query", MerchantListQuery)] },
    { matcher: "/admin/merchants/:handle/beauticians/:id/status", methods: ["POST"], middlewares: [validate("body", BeauticianStatusBody)] },
    { matcher: "/admin/merchants/:handle/services", methods: ["POST"], middlewares: [validate("body", StudioServiceBody)] },
    { matcher: "/admin/merchants/:handle/services/:id", methods: ["POST"], middlewares: [validate("body", StudioServiceUpdateBody)] },
    { matcher: "/store/appointments/:id/tip", methods: ["GET"], middlewares: [customer] },
    { matcher: "/store/appointments/:id/tip", methods: ["POST"], middlewares: [customer, validate("body", TipBody)] },
    { matcher: "/store/appointments/:id/balance", methods: ["GET", "POST"], middlewares: [customer] },
    { matcher: "/store/carts/:id/line-items*", methods: ["POST", "DELETE"], middlewares: [refuseOwnCartChanges] },
    { matcher: "/pro/earnings", methods: ["GET"], middlewares: [authenticate("beautician", ["bearer"])] },
    { matcher: "/pro/withdrawals", methods: ["GET"], middlewares: [authenticate("beautician", ["bearer"])] },
    { matcher: "/pro/withdrawals", methods: ["POST"], middlewares: [authenticate("beautician", ["bearer"]), validate("body", WithdrawalBody)] },
    { matcher: "/admin/withdrawals*", middlewares: [backOffice] },
    { matcher: "/admin/withdrawals", methods: ["GET"], middlewares: [validate("query", WithdrawalListQuery)] },
    { matcher: "/admin/withdrawals/:id/decide", methods: ["POST"], middlewares: [validate("body", WithdrawalDecisionBody)] },
    { matcher: "/admin/merchants/:handle/documents", methods: ["POST"], middlewares: [validate("body", MerchantDocumentsBody)] },
    { matcher: "/admin/merchants/:handle/review", methods: ["POST"], middlewares: [validate("body", MerchantReviewBody)] },
    { matcher: "/admin/merchants/:handle/beautician-applications", methods: ["POST"], middlewares: [validate("body", BeauticianApplicationBody)] },
    { matcher: "/admin/merchants/:handle/beautician-applications/:id/decide", methods: ["POST"], middlewares: [validate("body", ApplicationDecisionBody)] },
    { matcher: "/admin/orders/:id/money", methods: ["GET"], middlewares: [backOffice] },
    { matcher: "/admin/merchants/:handle/settings", methods: ["POST"], middlewares: [validate("body", MerchantSettingsBody)] },
    { matcher: "/admin/merchants/:handle/commission", methods: ["POST"], middlewares: [validate("body", CommissionPlanBody)] },
    { matcher: "/pro/statements/:month", methods: ["GET"], middlewares: [authenticate("beautician", ["bearer"])] },
  ],
})
