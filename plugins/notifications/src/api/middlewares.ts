import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validate } from "@doorstep/appointments/api/validation"
import { BeauticianPreferencesBody, CustomerPreferencesBody, InboxQuery } from "./validators"

const customer = authenticate("customer", ["bearer", "session"])
const beautician = authenticate("beautician", ["bearer"])

export default defineMiddlewares({
  routes: [
    { matcher: "/store/notifications", methods: ["GET"], middlewares: [customer, validate("query", InboxQuery)] },
    { matcher: "/store/notifications/:id/read", methods: ["POST"], middlewares: [customer] },
    { matcher: "/store/notification-preferences", methods: ["GET"], middlewares: [customer] },
    { matcher: "/store/notification-preferences", methods: ["PUT"], middlewares: [customer, validate("body", CustomerPreferencesBody)] },
    { matcher: "/pro/notifications", methods: ["GET"], middlewares: [beautician, validate("query", InboxQuery)] },
    { matcher: "/pro/notifications/:id/read", methods: ["POST"], middlewares: [beautician] },
    { matcher: "/pro/notification-preferences", methods: ["GET"], middlewares: [beautician] },
    { matcher: "/pro/notification-preferences", methods: ["PUT"], middlewares: [beautician, validate("body", BeauticianPreferencesBody)] },
  ],
})
