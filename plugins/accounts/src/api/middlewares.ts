import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validate } from "@doorstep/appointments/api/validation"
import { guardCodeTries } from "../lib/client-ip"
import { guardPasswordTries } from "../lib/password-tries"
import { namePhoneBeautician } from "../lib/phone-beautician"
import { staffGate } from "../lib/staff-gate"
import { useVerifiedIdentity } from "../lib/verified-identity"
import { LinkPhoneBody, PhoneCodeBody } from "./store/phone-codes/validators"

export default defineMiddlewares({
  routes: [
    // Before any back-office route: who is asking, in which role, for which merchant's objects.
    { matcher: "/admin*", middlewares: [authenticate("user", ["session", "bearer"], { allowUnauthenticated: true }), staffGate] },
    { matcher: "/store/phone-codes", methods: ["POST"], middlewares: [validate("body", PhoneCodeBody)] },
    // Password sign-in, for customers, the back office and beauticians alike.
    { matcher: "/auth/customer/emailpass", methods: ["POST"], middlewares: [guardPasswordTries] },
    { matcher: "/auth/user/emailpass", methods: ["POST"], middlewares: [guardPasswordTries] },
    { matcher: "/auth/beautician/emailpass", methods: ["POST"], middlewares: [guardPasswordTries] },
    // Medusa's sign-in route answers GET as well as POST, and reads a JSON body either way.
    { matcher: "/auth/customer/phone-otp", methods: ["GET", "POST"], middlewares: [guardCodeTries] },
    { matcher: "/auth/customer/phone-otp/register", methods: ["POST"], middlewares: [guardCodeTries] },
    { matcher: "/auth/beautician/phone-otp", methods: ["GET", "POST"], middlewares: [guardCodeTries, namePhoneBeautician] },
    { matcher: "/auth/beautician/phone-otp/register", methods: ["POST"], middlewares: [guardCodeTries] },
    { matcher: "/store/customers/me/phone", methods: ["POST"], middlewares: [authenticate("customer", ["session", "bearer"]), validate("body", LinkPhoneBody)] },
    {
      matcher: "/store/customers",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnregistered: true }), useVerifiedIdentity],
    },
  ],
})
