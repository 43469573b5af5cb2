import path from "node:path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setSecurityHeaders } from "./security-headers"

/**
 * Medusa 2.21.2's router authenticates every /admin request (and reads the
 * customer of every /store request) before any plugin's middleware runs, with
 * `authenticate` from its framework, whose refusal is written straight to the
 * response: 401 `{ message: "Unauthorized" }`, without our headers (its code
 * it gets from error-codes.ts, first on every request), and defineMiddlewares'
 * routes run after it, its errorHandler never sees it. So `authenticate` is
 * wrapped where the router picks it up when it reads the routes, after the
 * plugins' middleware files are loaded: each middleware it makes first sets
 * our headers. Middlewares made before this file loads (Medusa's own
 * route-level ones) answer after our global middlewares, which do the same.
 *
 * On a Medusa upgrade, check that `dist/http/middlewares/authenticate-middleware.js`
 * still exports `authenticate` as a plain property and that the router
 * (`dist/http/router.js`, `applyAuthMiddleware`) still calls it while loading
 * the routes; commerce's security-headers spec fails if not.
 */
type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown
type Authenticate = ((...args: unknown[]) => Middleware) & { answersWithOurHeaders?: true }

const authenticateFile = path.join(path.dirname(require.resolve("@medusajs/framework/http")), "middlewares", "authenticate-middleware.js")
// eslint-disable-next-line @typescript-eslint/no-require-imports
const medusaAuthenticate = require(authenticateFile) as { authenticate: Authenticate }

/** Wraps Medusa's `authenticate` once, whatever loads this file first. */
export function answerMedusaAuthenticationWithOurHeaders(env: NodeJS.ProcessEnv = process.env): void {
  if (medusaAuthenticate.authenticate.answersWithOurHeaders) return
  const production = env.NODE_ENV === "production"
  const original = medusaAuthenticate.authenticate
  const authenticate: Authenticate = (...args) => {
    const middleware = original(...args)
    return (req, res, next) => {
      setSecurityHeaders(res, production)
      return middleware(req, res, next)
    }
  }
  authenticate.answersWithOurHeaders = true
  medusaAuthenticate.authenticate = authenticate
}
