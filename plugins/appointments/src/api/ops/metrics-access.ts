import crypto from "node:crypto"
import type { IncomingMessage } from "node:http"
import type { MedusaRequest } from "@medusajs/framework/http"
import { clientAddress } from "../client-address"

const LOOPBACK = /^(127\.|::1$)/

/**
 * Only for the scraper: with `METRICS_TOKEN` set, only a bearer of that token;
 * without it, only callers on this machine (the connection's address, or the
 * client's through a proxy named in `TRUSTED_PROXIES`).
 */
export function mayScrape(req: MedusaRequest | IncomingMessage): boolean {
  const token = process.env.METRICS_TOKEN
  if (!token) return LOOPBACK.test(clientAddress(req as MedusaRequest))
  const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "")
  const expected = Buffer.from(token)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
