import path from "node:path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa 2.21.2 reads `?locale=` on every /store request in an async middleware
 * of its own (`applyLocale`) that calls `locale.split`: a repeated or nested
 * `locale` (`?locale=a&locale=b`, `?locale[x]=y`) is an array or an object, the
 * call throws, and the rejected promise is never answered — the request hangs
 * and the process sees an unhandled rejection. That middleware runs before any
 * of ours, so it is wrapped where Medusa's router picks it up: a `locale` that
 * is not one string is dropped, as if the client had sent none.
 */
type LocaleMiddleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

const applyLocaleFile = path.join(path.dirname(require.resolve("@medusajs/framework/http")), "middlewares", "apply-locale.js")
// eslint-disable-next-line @typescript-eslint/no-require-imports
const medusaLocale = require(applyLocaleFile) as { applyLocale: LocaleMiddleware & { acceptsOneLocale?: true } }

if (!medusaLocale.applyLocale.acceptsOneLocale) {
  const original = medusaLocale.applyLocale
  const applyLocale: LocaleMiddleware & { acceptsOneLocale?: true } = (req, res, next) => {
    if (req.query.locale !== undefined && typeof req.query.locale !== "string") delete req.query.locale
    return original(req, res, next)
  }
  applyLocale.acceptsOneLocale = true
  medusaLocale.applyLocale = applyLocale
}
