import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validate } from "@doorstep/appointments/api/validation"
import { AttemptBody, LocaleQuery } from "./validators"

const beautician = authenticate("beautician", ["bearer"])

export default defineMiddlewares({
  routes: [
    { matcher: "/pro/training*", middlewares: [beautician] },
    { matcher: "/pro/training/courses*", methods: ["GET"], middlewares: [validate("query", LocaleQuery)] },
    { matcher: "/pro/training/lessons/:documentId", methods: ["GET"], middlewares: [validate("query", LocaleQuery)] },
    { matcher: "/pro/training/exams/:documentId", methods: ["GET"], middlewares: [validate("query", LocaleQuery)] },
    { matcher: "/pro/training/exams/:documentId/attempts", methods: ["POST"], middlewares: [validate("body", AttemptBody)] },
  ],
})
