import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validate } from "@doorstep/appointments/api/validation"
import { SearchQuery } from "./store/search/validators"

const backOffice = authenticate("user", ["bearer", "session"])

export default defineMiddlewares({
  routes: [
    // The signature covers the exact bytes the cms sent.
    { matcher: "/hooks/cms", methods: ["POST"], bodyParser: { preserveRawBody: true } },
    { matcher: "/admin/content*", middlewares: [backOffice] },
    { matcher: "/store/search", methods: ["GET"], middlewares: [validate("query", SearchQuery)] },
  ],
})
