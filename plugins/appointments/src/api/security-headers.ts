import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Headers every commerce answer carries. Commerce serves JSON (and the server-sent
 * events of the live streams): nothing in a browser should run, embed or frame it,
 * so its policy allows nothing. A page it serves (the API reference at /docs) sets
 * its own policy in its route, which runs after this.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** Two years, as browsers' preload lists ask; sent only in production, where commerce is reached over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains"

export function setSecurityHeaders(res: MedusaResponse, production: boolean): void {
  // Express names itself on every answer unless told not to; nobody needs to know what serves the API.
  res.removeHeader("X-Powered-By")
  res.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin")
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
  if (production) res.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY)
}

/**
 * For every route: global middlewares run after Medusa's own checks, so the answers those refuse get them from
 * the error handler (error-handler.ts), and those of its authentication from medusa-authentication.ts.
 */
export function securityHeaders(env: NodeJS.ProcessEnv = process.env) {
  const production = env.NODE_ENV === "production"
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void => {
    // Medusa answers CORS preflights before any plugin's middleware runs: turning Express's banner off for the app,
    // from the first request that comes here on, reaches those too.
    req.app.disable("x-powered-by")
    setSecurityHeaders(res, production)
    next()
  }
}
