import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validate } from "@doorstep/appointments/api/validation"
import { RecommendationsQuery, ViewBody, ViewingConsentBody } from "./validators"

const customer = authenticate("customer", ["bearer", "session"])
/** Guests are answered too; a signed-in customer's suggestions are their own. */
const customerIfSignedIn = authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })

export default defineMiddlewares({
  routes: [
    { matcher: "/store/recommendations", methods: ["GET"], middlewares: [customerIfSignedIn, validate("query", RecommendationsQuery)] },
    { matcher: "/store/favourites", methods: ["GET"], middlewares: [customer] },
    { matcher: "/store/favourites/:beautician_id", methods: ["PUT", "DELETE"], middlewares: [customer] },
    { matcher: "/store/viewing-history", methods: ["GET", "DELETE"], middlewares: [customer] },
    { matcher: "/store/viewing-history", methods: ["POST"], middlewares: [customer, validate("body", ViewBody)] },
    { matcher: "/store/viewing-history/consent", methods: ["PUT"], middlewares: [customer, validate("body", ViewingConsentBody)] },
  ],
})
