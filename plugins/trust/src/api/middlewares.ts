import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validate } from "@doorstep/appointments/api/validation"
import { StudioBeauticiansQuery } from "./admin/merchants/validators"
import { ReviewBody, ReviewListQuery, ReviewModerationBody, ReviewReplyBody, StudioReviewListQuery } from "./admin/reviews/validators"
import { PerformanceQuery } from "./pro/performance/validators"
import { NearbyQuery } from "./store/beauticians/validators"
import { ServiceReviewsQuery } from "./store/reviews/validators"
import { auditPersonalDataReads } from "../lib/privacy"
import { AccessLogQuery, DeleteAccountBody } from "./store/privacy/validators"
import { StudioCustomerListQuery, StudioCustomerNoteBody, StudioCustomerTagsBody } from "./admin/merchants/[handle]/customers/validators"
import { OpenTicketBody, StaffTicketMessageBody, TicketListQuery, TicketMessageBody, TicketStatusBody } from "./store/tickets/validators"
import { ReportQuery } from "./admin/reports/validators"

const backOffice = authenticate("user", ["bearer", "session"])
const customer = authenticate("customer", ["bearer", "session"])
const beautician = authenticate("beautician", ["bearer"])

export default defineMiddlewares({
  routes: [
    { matcher: "/store/beauticians", methods: ["GET"], middlewares: [validate("query", NearbyQuery)] },
    { matcher: "/store/appointments/:id/review", methods: ["GET"], middlewares: [customer] },
    { matcher: "/store/appointments/:id/review", methods: ["POST"], middlewares: [customer, validate("body", ReviewBody)] },
    { matcher: "/store/reviews", methods: ["GET"], middlewares: [validate("query", ServiceReviewsQuery)] },
    { matcher: "/admin/merchants/:handle/reviews*", middlewares: [backOffice] },
    { matcher: "/admin/merchants/:handle/reviews/:id/reply", methods: ["POST"], middlewares: [validate("body", ReviewReplyBody)] },
    { matcher: "/admin/reviews*", middlewares: [backOffice] },
    { matcher: "/admin/reviews/:id/moderate", methods: ["POST"], middlewares: [validate("body", ReviewModerationBody)] },
    { matcher: "/admin/merchants/:handle/reviews", methods: ["GET"], middlewares: [validate("query", StudioReviewListQuery)] },
    { matcher: "/admin/reviews", methods: ["GET"], middlewares: [validate("query", ReviewListQuery)] },
    { matcher: "/admin/merchants/:handle/beauticians/:id/performance", methods: ["GET"], middlewares: [backOffice, validate("query", PerformanceQuery)] },
    { matcher: "/admin/merchants/:handle/beauticians", methods: ["GET"], middlewares: [backOffice, validate("query", StudioBeauticiansQuery)] },
    { matcher: "/pro/jobs/:id/review", methods: ["GET"], middlewares: [beautician] },
    { matcher: "/pro/performance", methods: ["GET"], middlewares: [beautician, validate("query", PerformanceQuery)] },
    // Every back-office read of personal data is logged (C11).
    { matcher: "/admin/*", methods: ["GET"], middlewares: [auditPersonalDataReads] },
    { matcher: "/admin/privacy*", middlewares: [backOffice] },
    { matcher: "/admin/privacy/access-log", methods: ["GET"], middlewares: [validate("query", AccessLogQuery)] },
    { matcher: "/store/privacy*", middlewares: [customer] },
    { matcher: "/store/privacy/delete-account", methods: ["POST"], middlewares: [validate("body", DeleteAccountBody)] },
    { matcher: "/store/tickets*", middlewares: [customer] },
    { matcher: "/store/tickets", methods: ["POST"], middlewares: [validate("body", OpenTicketBody)] },
    { matcher: "/store/tickets/:id/messages", methods: ["POST"], middlewares: [validate("body", TicketMessageBody)] },
    { matcher: "/admin/tickets*", middlewares: [backOffice] },
    { matcher: "/admin/tickets", methods: ["GET"], middlewares: [validate("query", TicketListQuery)] },
    { matcher: "/admin/merchants/:handle/tickets*", middlewares: [backOffice] },
    { matcher: "/admin/merchants/:handle/tickets", methods: ["GET"], middlewares: [validate("query", TicketListQuery)] },
    { matcher: "/admin/tickets/:id/messages", methods: ["POST"], middlewares: [validate("body", StaffTicketMessageBody)] },
    { matcher: "/admin/merchants/:handle/tickets/:id/messages", methods: ["POST"], middlewares: [validate("body", StaffTicketMessageBody)] },
    { matcher: "/admin/tickets/:id/status", methods: ["POST"], middlewares: [validate("body", TicketStatusBody)] },
    // A studio's customers (M6): reads logged by the audit above.
    { matcher: "/admin/merchants/:handle/customers*", middlewares: [backOffice] },
    { matcher: "/admin/merchants/:handle/customers", methods: ["GET"], middlewares: [validate("query", StudioCustomerListQuery)] },
    { matcher: "/admin/merchants/:handle/customers/:id/tags", methods: ["POST"], middlewares: [validate("body", StudioCustomerTagsBody)] },
    { matcher: "/admin/merchants/:handle/customers/:id/notes", methods: ["POST"], middlewares: [validate("body", StudioCustomerNoteBody)] },
    // Reports (M5): the staff gate says who may read them, the route whose studio they are about.
    { matcher: "/admin/reports*", middlewares: [backOffice] },
    { matcher: "/admin/reports/:report", methods: ["GET"], middlewares: [validate("query", ReportQuery)] },
  ],
})
