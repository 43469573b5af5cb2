import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validate } from "@doorstep/appointments/api/validation"
import { AssignBody } from "./admin/appointments/validators"
import { DispatchQueueQuery, PositionsQuery } from "./admin/dispatch/validators"
import { DeclineBody } from "./pro/offers/validators"
import { PushEndpointBody, PushSubscriptionBody } from "./pro/push-subscriptions/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/pro/offers*", middlewares: [authenticate("beautician", ["bearer"])] },
    { matcher: "/pro/events", methods: ["GET"], middlewares: [authenticate("beautician", ["bearer"])] },
    { matcher: "/pro/push*", middlewares: [authenticate("beautician", ["bearer"])] },
    { matcher: "/pro/push-subscriptions", methods: ["POST"], middlewares: [validate("body", PushSubscriptionBody)] },
    { matcher: "/pro/push-subscriptions", methods: ["DELETE"], middlewares: [validate("body", PushEndpointBody)] },
    { matcher: "/pro/offers/:id/decline", methods: ["POST"], middlewares: [validate("body", DeclineBody)] },
    { matcher: "/store/appointments/:id/dispatch", methods: ["GET"], middlewares: [authenticate("customer", ["bearer", "session"])] },
    { matcher: "/admin/appointments/:id/dispatch", methods: ["GET"], middlewares: [authenticate("user", ["bearer", "session"])] },
    { matcher: "/admin/appointments/:id/assign", methods: ["POST"], middlewares: [authenticate("user", ["bearer", "session"]), validate("body", AssignBody)] },
    { matcher: "/admin/dispatch/queue", methods: ["GET"], middlewares: [authenticate("user", ["bearer", "session"]), validate("query", DispatchQueueQuery)] },
    { matcher: "/admin/dispatch/positions", methods: ["GET"], middlewares: [authenticate("user", ["bearer", "session"]), validate("query", PositionsQuery)] },
  ],
})
