import { AsyncLocalStorage } from "node:async_hooks"
import crypto from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

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

/**
 * Global middleware: the id (Medusa's `req.requestId`, which its production
 * access log writes as `request_id`) is checked, answered in the response's
 * header, and kept for everything the request calls, so calls to the cms carry it.
 */
export function carryRequestId(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const id = requestIdOf(req.headers[REQUEST_ID_HEADER])
  ;(req as MedusaRequest & { requestId?: string }).requestId = id
  res.setHeader(REQUEST_ID_HEADER, id)
  current.run(id, next)
}

/** The header to pass on to another app: the current request's id, or nothing outside a request (a scheduled job). */
export function requestIdHeader(): Record<string, string> {
  const id = current.getStore()
  return id ? { [REQUEST_ID_HEADER]: id } : {}
}
