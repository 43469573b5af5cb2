import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { AppointmentListQuery, RefundBody, StaffCancelBody, StaffRescheduleBody } from "./admin/appointments/validators"
import { JobStepBody } from "./pro/jobs/validators"
import { RescheduleBody } from "./store/appointments/[id]/reschedule/validators"
import { CreateHoldBody } from "./store/appointments/validators"
import { AvailabilityQuery } from "./store/availability/validators"
import { DateOverrideBody, DateSpanQuery, TimeOffBody, WorkingHoursBody } from "./schedule/validators"
import { BEAUTICIAN_ROUTES } from "./pro-callers"
import { EmptyBody, validate } from "./validation"
import { recordRequests } from "./ops/metrics"
import { carryRequestId } from "./ops/request-id"
import { priceAppointmentLine } from "../lib/deposit-line"
import { errorHandler } from "./error-handler"
import { securityHeaders } from "./security-headers"
import { errorCodes } from "./error-codes"
import { answerUnknownRoutes } from "./unknown-route"
import { refuseUnreadablePaging } from "./list-query"
import { refuseNulInAddress } from "./nul-in-address"
import { answerMedusaAuthenticationWithOurHeaders } from "./medusa-authentication"
import { runFirstOnEveryRequest } from "./first-middleware"
// Before Medusa's router registers its locale middleware: a repeated `locale` must not hang a request.
import "./locale-query"

// Before Medusa's router mounts its own middlewares: every error answer carries a code from the first middleware on,
// /admin's 401s included, which Medusa's router sends before any of the routes below run.
runFirstOnEveryRequest(errorCodes)
// Before Medusa's router makes its /admin authentication: its 401s carry our headers.
answerMedusaAuthenticationWithOurHeaders()

const customer = authenticate("customer", ["bearer", "session"])
const beautician = authenticate("beautician", ["bearer"])
const backOffice = authenticate("user", ["bearer", "session"])

export default defineMiddlewares({
  // Ours in Medusa's place (error-handler.ts): the security headers on answers Medusa's checks refuse, and clean
  // answers to errors Medusa would call unknown.
  errorHandler: errorHandler(),
  routes: [
    // Every answer, ours and Medusa's: no banner, no sniffing, no framing (security-headers.ts); a path no route serves
    // a JSON 404.
    { matcher: "/*", middlewares: [securityHeaders(), answerUnknownRoutes, refuseNulInAddress] },
    // Medusa's list routes would pass a negative limit or offset to the database (list-query.ts).
    { matcher: "/store/*", middlewares: [refuseUnreadablePaging] },
    { matcher: "/admin/*", middlewares: [refuseUnreadablePaging] },
    // Every request keeps its x-request-id for the calls it makes, and is counted and timed for /metrics.
    { matcher: "/", middlewares: [carryRequestId, recordRequests] },
    { matcher: "/store/availability", methods: ["GET"], middlewares: [validate("query", AvailabilityQuery)] },
    { matcher: "/store/appointments", methods: ["POST"], middlewares: [customer, validate("body", CreateHoldBody)] },
    // After Medusa's own validation of the body (same matcher: core middlewares come first).
    { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [priceAppointmentLine] },
    { matcher: "/store/appointments*", methods: ["GET"], middlewares: [customer] },
    { matcher: "/store/appointments/:id/cancel", methods: ["POST"], middlewares: [customer] },
    { matcher: "/store/appointments/:id/reschedule", methods: ["POST"], middlewares: [customer, validate("body", RescheduleBody)] },
    { matcher: BEAUTICIAN_ROUTES, middlewares: [beautician] },
    { matcher: "/pro/working-hours", methods: ["PUT"], middlewares: [validate("body", WorkingHoursBody)] },
    { matcher: "/pro/time-off", methods: ["POST"], middlewares: [validate("body", TimeOffBody)] },
    { matcher: "/pro/time-off", methods: ["GET"], middlewares: [validate("query", DateSpanQuery)] },
    { matcher: "/pro/jobs", methods: ["GET"], middlewares: [validate("query", DateSpanQuery)] },
    { matcher: "/pro/date-overrides/:date", methods: ["PUT"], middlewares: [validate("body", DateOverrideBody)] },
    { matcher: "/pro/jobs/:id/status", methods: ["POST"], middlewares: [validate("body", JobStepBody)] },
    { matcher: "/pro/calendar-feed/renew", methods: ["POST"], middlewares: [validate("body", EmptyBody)] },
    { matcher: "/admin/appointments", methods: ["GET"], middlewares: [backOffice, validate("query", AppointmentListQuery)] },
    { matcher: "/admin/appointments/:id", methods: ["GET"], middlewares: [backOffice] },
    { matcher: "/admin/appointments/:id/cancel", methods: ["POST"], middlewares: [backOffice, validate("body", StaffCancelBody)] },
    { matcher: "/admin/appointments/:id/reschedule", methods: ["POST"], middlewares: [backOffice, validate("body", StaffRescheduleBody)] },
    { matcher: "/admin/appointments/:id/refund", methods: ["POST"], middlewares: [backOffice, validate("body", RefundBody)] },
    { matcher: "/admin/beauticians/:id/working-hours", methods: ["PUT"], middlewares: [backOffice, validate("body", WorkingHoursBody)] },
    { matcher: "/admin/beauticians/:id/time-off", methods: ["POST"], middlewares: [backOffice, validate("body", TimeOffBody)] },
    { matcher: "/admin/beauticians/:id/time-off", methods: ["GET"], middlewares: [backOffice, validate("query", DateSpanQuery)] },
    { matcher: "/admin/beauticians/:id/date-overrides/:date", methods: ["PUT"], middlewares: [backOffice, validate("body", DateOverrideBody)] },
  ],
})
