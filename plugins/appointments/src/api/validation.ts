import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { DomainError, sendDomainError } from "./domain-error"

function firstIssue(error: z.ZodError): DomainError {
  const issue = error.issues[0]
  const field = issue.path.join(".") || undefined
  const message = issue.code === "unrecognized_keys" ? `Unknown field ${issue.keys.join(", ")}` : `${field ?? "request"}: ${issue.message}`
  return new DomainError(400, "INVALID_INPUT", message, field ?? (issue.code === "unrecognized_keys" ? issue.keys[0] : undefined))
}

/**
 * Validates at the edge and answers 400 `INVALID_INPUT` with the offending field;
 * the parsed value replaces the raw one, so routes read typed input.
 */
export function validate(part: "query" | "body", schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(part === "query" ? req.query : req.body)
    if (!parsed.success) return sendDomainError(res, firstIssue(parsed.error))
    ;(req as MedusaRequest & { validated: unknown }).validated = parsed.data
    next()
  }
}

export const validated = <T>(req: MedusaRequest) => (req as MedusaRequest & { validated: T }).validated

/** The body of a route that takes none: absent or `{}`; a field in it is 400 `INVALID_INPUT`, as for any other route. */
export const EmptyBody = z.object({}).strict().optional()
