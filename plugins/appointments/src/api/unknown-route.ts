import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, sendDomainError } from "./domain-error"

/**
 * A request no route serves would fall through to Express's final handler,
 * which answers an HTML page ("Cannot GET /x"). Medusa registers its error
 * handler as the app's last layer and has no hook after it, so the first
 * request through here appends one more with Express's `app.use`: a layer
 * that only a request nobody answered reaches, answering 404 `NOT_FOUND` as
 * JSON (the security headers are already set by then). Errors still go to
 * the error handler before it: Express skips a three-argument layer for them.
 */
const appsAnswering = new WeakSet<object>()

function answerNoSuchRoute(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  if (res.headersSent) return next()
  const route = `${req.method} ${req.path}`.slice(0, 200)
  sendDomainError(res, new DomainError(404, "NOT_FOUND", `没有这个接口 · No such route: ${route}`))
}

/** For every route: makes sure the app ends with the JSON 404 above. */
export function answerUnknownRoutes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  if (!appsAnswering.has(req.app)) {
    appsAnswering.add(req.app)
    // Express types its handlers with its own request and response, which Medusa's extend.
    req.app.use(answerNoSuchRoute as unknown as Parameters<MedusaRequest["app"]["use"]>[0])
  }
  next()
}
