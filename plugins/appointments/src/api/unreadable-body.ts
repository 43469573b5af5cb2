import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * A body Express's parser could not read: not JSON, too large, an unknown
 * charset. Medusa answers these with the parser's own message and no `code`;
 * clients match on codes, so they get ours: 413 `BODY_TOO_LARGE`, otherwise
 * 400 `INVALID_INPUT`. Nothing has run yet, so nothing was written.
 */
type ParserError = { type: string; status: number; expose?: boolean; limit?: number }

/** Whether the error is the body parser's refusal of a body it could not read. */
export function isUnreadableBody(error: unknown): boolean {
  const candidate = error as Partial<ParserError> | null
  return typeof candidate?.type === "string" && typeof candidate.status === "number" && candidate.status >= 400 && candidate.status < 500 && candidate.expose === true
}

export function answerUnreadableBody(_req: MedusaRequest, res: MedusaResponse, error: unknown): void {
  const { type, limit } = error as ParserError
  if (type === "entity.too.large") {
    const atMost = limit ? ` (at most ${limit} bytes)` : ""
    res.status(413).json({ type: "invalid_data", code: "BODY_TOO_LARGE", message: `请求内容过大 · The request body is too large${atMost}` })
  } else {
    const reason = type === "entity.parse.failed" ? "is not valid JSON" : "cannot be read"
    res.status(400).json({ type: "invalid_data", code: "INVALID_INPUT", message: `请求内容无法解析 · The request body ${reason}` })
  }
}
