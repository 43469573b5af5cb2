import path from "node:path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa 2.21.2's router (`ApiLoader.load`, `dist/http/router.js`) mounts its
 * body parsers on every path before anything else of its own (CORS, /admin's
 * authentication, the store's publishable key and locale) and long before any
 * plugin's middleware, which runs after all of those. It makes them with
 * `createBodyParserMiddlewaresStack`, read from its module when it mounts
 * them, after the plugins' middleware files are loaded. Wrapping that
 * function puts a middleware at the head of the stack: the first of the
 * router's that every request passes, whatever answers it later.
 *
 * On a Medusa upgrade, check that `dist/http/middlewares/bodyparser.js` still
 * exports `createBodyParserMiddlewaresStack` as a plain property and that the
 * router still calls it first in `load`; commerce's security-headers spec
 * fails if not (the code on /admin's 401).
 */
type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown
type StackFactory = ((...args: unknown[]) => Middleware[]) & { runFirst?: Middleware[] }

const bodyParserFile = path.join(path.dirname(require.resolve("@medusajs/framework/http")), "middlewares", "bodyparser.js")
// eslint-disable-next-line @typescript-eslint/no-require-imports
const medusaBodyParser = require(bodyParserFile) as { createBodyParserMiddlewaresStack: StackFactory }

/** Runs `middleware` first on every request Medusa's router serves, once however often it is asked. */
export function runFirstOnEveryRequest(middleware: Middleware): void {
  const current = medusaBodyParser.createBodyParserMiddlewaresStack
  if (current.runFirst?.includes(middleware)) return
  const withMiddlewareFirst: StackFactory = (...args) => [middleware, ...current(...args)]
  withMiddlewareFirst.runFirst = [middleware, ...(current.runFirst ?? [])]
  medusaBodyParser.createBodyParserMiddlewaresStack = withMiddlewareFirst
}
