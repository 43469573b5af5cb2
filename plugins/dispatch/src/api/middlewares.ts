import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validate } from "@doorstep/appointments/api/validation"
import { DeclineBody } from "./pro/offers/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/pro/offers*", middlewares: [authenticate("beautician", ["bearer"])] },
    { matcher: "/pro/offers/:id/decline", methods: ["POST"], middlewares: [validate("body", DeclineBody)] },
  ],
})
