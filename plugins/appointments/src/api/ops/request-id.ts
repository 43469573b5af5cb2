import { AsyncLocalStorage } from "node:async_hooks"
import crypto from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * `x-request-id`: one id per request, from the storefront through commerce to
 * the cms, so that one request's lines can be found in every app's log. A
 * caller's id is kept when it looks like one (letters, digits, `._:-`, at
 * most 128), else a new one is made — a client may not write anything it
 * likes into our logs.
 */
export const REQUEST_ID_HEADER = "x-request-id"
const WELL_FORMED = /^[\w.:-]{1,128}$/

const current = new AsyncLocalStorage<string>()

export const requestIdOf = (given: unknown): string => (typeof given === "string" && WELL_FORMED.test(given) ? given : crypto.randomUUID())

/** Medusa's access line in development (as its own loader decides) has no room for the id; its production JSON line has `request_id`. */
const developmentLog = () => (process.env.NODE_ENV || "development").startsWith("dev")

/**
 * Global middleware: the id (Medusa's `req.requestId`, which its production
 * access log writes as `request_id`) is checked, answered in the response's
 * header, and kept for everything the request calls, so calls to the cms carry
 * it. In development a line of our own, at Medusa's `http` level, logs it.
 */
export function carryRequestId(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const id = requestIdOf(req.headers[REQUEST_ID_HEADER])
  ;(req as MedusaRequest & { requestId?: string }).requestId = id
  res.setHeader(REQUEST_ID_HEADER, id)
  if (developmentLog()) {
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    res.on("finish", () => logger.http(`${req.method} ${req.originalUrl.split("?")[0]} (${res.statusCode}) [${id}]`))
  }
  current.run(id, next)
}

/** The header to pass on to another app: the current request's id, or nothing outside a request (a scheduled job). */
export function requestIdHeader(): Record<string, string> {
  const id = current.getStore()
  return id ? { [REQUEST_ID_HEADER]: id } : {}
}
