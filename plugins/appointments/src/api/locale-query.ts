import path from "node:path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, sendDomainError } from "./domain-error"

/**
 * Medusa 2.21.2 reads `?locale=` on every /store request in an async middleware
 * of its own (`applyLocale`) that calls `locale.split`: a repeated or nested
 * `locale` (`?locale=a&locale=b`, `?locale[x]=y`) is an array or an object, the
 * call throws, and the rejected promise is never answered — the request hangs
 * and the process sees an unhandled rejection. That middleware runs before any
 * of ours, so it is wrapped where Medusa's router picks it up: a `locale` that
 * is not one string is refused as 400 `INVALID_INPUT` (Medusa reads it on
 * every store route, so no store route can take it as asked).
 */
type LocaleMiddleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

const applyLocaleFile = path.join(path.dirname(require.resolve("@medusajs/framework/http")), "middlewares", "apply-locale.js")
// eslint-disable-next-line @typescript-eslint/no-require-imports
const medusaLocale = require(applyLocaleFile) as { applyLocale: LocaleMiddleware & { acceptsOneLocale?: true } }

if (!medusaLocale.applyLocale.acceptsOneLocale) {
  const original = medusaLocale.applyLocale
  const applyLocale: LocaleMiddleware & { acceptsOneLocale?: true } = (req, res, next) => {
    if (req.query.locale !== undefined && typeof req.query.locale !== "string") {
      return Promise.resolve(sendDomainError(res, new DomainError(400, "INVALID_INPUT", "locale: 只能给一种语言 · one language, zh-CN or en", "locale")))
    }
    return original(req, res, next)
  }
  applyLocale.acceptsOneLocale = true
  medusaLocale.applyLocale = applyLocale
}
