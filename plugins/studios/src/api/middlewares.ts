import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { onePhoto } from "@doorstep/appointments/api/photo-upload"
import { validate } from "@doorstep/appointments/api/validation"
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
  SubmitBody,
} from "./admin/merchants/validators"
import { ApplicantApplicationBody, ApplicationDocumentBody } from "./pro/application/validators"

const backOffice = authenticate("user", ["bearer", "session"])
/** Anyone signed in to the portal, beautician or not yet one (a phone sign-in without a beautician); the rest of `/pro` wants a beautician. */
const applicant = authenticate("beautician", ["bearer"], { allowUnregistered: true })

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
    { matcher: "/admin/merchants/:handle/documents", methods: ["POST"], middlewares: [validate("body", MerchantDocumentsBody)] },
    { matcher: "/admin/merchants/:handle/review", methods: ["POST"], middlewares: [validate("body", MerchantReviewBody)] },
    { matcher: "/admin/merchants/:handle/submit", methods: ["POST"], middlewares: [validate("body", SubmitBody)] },
    { matcher: "/admin/merchants/:handle/beautician-applications", methods: ["POST"], middlewares: [validate("body", BeauticianApplicationBody)] },
    { matcher: "/admin/merchants/:handle/beautician-applications/:id/decide", methods: ["POST"], middlewares: [validate("body", ApplicationDecisionBody)] },
    { matcher: "/admin/merchants/:handle/settings", methods: ["POST"], middlewares: [validate("body", MerchantSettingsBody)] },
    { matcher: "/admin/merchants/:handle/commission", methods: ["POST"], middlewares: [validate("body", CommissionPlanBody)] },
    { matcher: "/pro/studios*", middlewares: [applicant] },
    { matcher: "/pro/application*", middlewares: [applicant] },
    { matcher: "/pro/application", methods: ["POST"], middlewares: [validate("body", ApplicantApplicationBody)] },
    { matcher: "/pro/application/documents", methods: ["POST"], middlewares: [onePhoto, validate("body", ApplicationDocumentBody)] },
  ],
})
