import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, sendDomainError } from "./domain-error"

/**
 * Medusa's own list routes (products, orders, customers…) hand `limit`,
 * `offset` and `order` to the database as the client sent them: a negative
 * `limit` or `offset` fails in PostgreSQL or knex, and on the back office an
 * `order` by a field the object does not have fails in the ORM, each a 500
 * "unknown error" for a client's mistake. They are refused as 400
 * `INVALID_INPUT` instead, naming the parameter.
 */
const WHOLE_NUMBER = /^\d{1,9}$/

/** For every read of /store and /admin: `limit` and `offset`, where given, are whole numbers from 0 on (as every route of ours reads them). */
export function refuseUnreadablePaging(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  if (req.method !== "GET") return next()
  for (const field of ["limit", "offset"] as const) {
    const value = req.query[field]
    if (value !== undefined && !(typeof value === "string" && WHOLE_NUMBER.test(value))) {
      return sendDomainError(res, new DomainError(400, "INVALID_INPUT", `${field}: 须为不小于 0 的整数 · must be a whole number from 0`, field))
    }
  }
  next()
}

/**
 * The ORM (MikroORM's SQL driver) refuses to order or filter by a property
 * its object lacks before anything is read, with a plain `Error` whose words
 * are all there is to know it by (a workflow hands on only the message).
 * Medusa's back-office list routes take `order` and filters from the query
 * unchecked, so on a read this is the client's mistake; on a write it would
 * be ours, and stays a 500. On an ORM upgrade, check that these words are
 * still those of `@mikro-orm/knex` (AbstractSqlDriver, query/CriteriaNode);
 * commerce's fuzz spec fails if not.
 */
const UNKNOWN_PROPERTY = /^Trying to (order|query) by not existing property /

export function isUnknownPropertyInRead(error: unknown, req: MedusaRequest): boolean {
  const message = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined
  return req.method === "GET" && typeof message === "string" && UNKNOWN_PROPERTY.test(message)
}

export function answerUnknownPropertyInRead(_req: MedusaRequest, res: MedusaResponse): void {
  sendDomainError(res, new DomainError(400, "INVALID_INPUT", "查询条件或排序字段不存在 · The query orders or filters by a field this list does not have"))
}
