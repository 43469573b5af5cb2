import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { onePhoto } from "@doorstep/appointments/api/photo-upload"
import { validate } from "@doorstep/appointments/api/validation"
import { SearchQuery } from "./store/search/validators"

const backOffice = authenticate("user", ["bearer", "session"])
const beautician = authenticate("beautician", ["bearer"])

export default defineMiddlewares({
  routes: [
    // The signature covers the exact bytes the cms sent.
    { matcher: "/hooks/cms", methods: ["POST"], bodyParser: { preserveRawBody: true } },
    { matcher: "/admin/content*", middlewares: [backOffice] },
    { matcher: "/pro/uploads", methods: ["POST"], middlewares: [beautician, onePhoto] },
    { matcher: "/store/search", methods: ["GET"], middlewares: [validate("query", SearchQuery)] },
  ],
})
