import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { RescheduleBody } from "./store/appointments/[id]/reschedule/validators"
import { CreateHoldBody } from "./store/appointments/validators"
import { AvailabilityQuery } from "./store/availability/validators"
import { validate } from "./validation"

const customer = authenticate("customer", ["bearer", "session"])

export default defineMiddlewares({
  routes: [
    { matcher: "/store/availability", methods: ["GET"], middlewares: [validate("query", AvailabilityQuery)] },
    { matcher: "/store/appointments", methods: ["POST"], middlewares: [customer, validate("body", CreateHoldBody)] },
    { matcher: "/store/appointments*", methods: ["GET"], middlewares: [customer] },
    { matcher: "/store/appointments/:id/cancel", methods: ["POST"], middlewares: [customer] },
    { matcher: "/store/appointments/:id/reschedule", methods: ["POST"], middlewares: [customer, validate("body", RescheduleBody)] },
  ],
})
