import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, sendDomainError } from "./domain-error"

/**
 * A NUL character (`%00`) in a path id or a query value is never part of
 * anything commerce stores, and PostgreSQL cannot take it in text: sent on
 * to a query it broke the connection's request and was answered as a 503
 * (the fuzzing found `DELETE /admin/beauticians/%00/time-off/3`). It is
 * refused before any route reads the address.
 */
export function refuseNulInAddress(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  if (/%00/.test(req.originalUrl)) return sendDomainError(res, new DomainError(400, "INVALID_INPUT", "地址中不能有空字符 · The address contains a NUL character (%00)"))
  next()
}
