import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { onePhoto } from "@doorstep/appointments/api/photo-upload"
import { validate } from "@doorstep/appointments/api/validation"
import { ProfileChangeBody, ProfileQuery } from "./pro/profile/validators"
import { UploadQuery } from "./pro/uploads/validators"
import { SearchQuery } from "./store/search/validators"

const backOffice = authenticate("user", ["bearer", "session"])
const beautician = authenticate("beautician", ["bearer"])
const customer = authenticate("customer", ["bearer", "session"])

export default defineMiddlewares({
  routes: [
    // The signature covers the exact bytes the cms sent.
    { matcher: "/hooks/cms", methods: ["POST"], bodyParser: { preserveRawBody: true } },
    { matcher: "/admin/content*", middlewares: [backOffice] },
    { matcher: "/pro/uploads", methods: ["POST"], middlewares: [beautician, validate("query", UploadQuery), onePhoto] },
    { matcher: "/store/uploads", methods: ["POST"], middlewares: [customer, onePhoto] },
    { matcher: "/pro/profile", methods: ["GET"], middlewares: [beautician, validate("query", ProfileQuery)] },
    { matcher: "/pro/profile", methods: ["POST"], middlewares: [beautician, validate("body", ProfileChangeBody)] },
    { matcher: "/store/search", methods: ["GET"], middlewares: [validate("query", SearchQuery)] },
  ],
})
