import type { MedusaRequest } from "@medusajs/framework/http"
import proxyaddr from "proxy-addr"

/**
 * `TRUSTED_PROXIES`: the reverse proxies in front of commerce whose
 * `X-Forwarded-For` is believed — proxy-addr's names (`loopback`,
 * `linklocal`, `uniquelocal`) and addresses or CIDR ranges, comma-separated.
 * Unset, nobody's is: the address is the connection's, so a client cannot
 * choose its own (and per-address limits hold).
 */
export function trustedProxies(env: NodeJS.ProcessEnv): string[] {
  return (env.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
}

/** Throws, naming the variable, when `TRUSTED_PROXIES` is not something proxy-addr understands: commerce refuses to start. */
export function checkTrustedProxies(env: NodeJS.ProcessEnv): void {
  try {
    proxyaddr.compile(trustedProxies(env))
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES: ${(error as Error).message}`)
  }
}

let trust: { source: string; test: (address: string, hop: number) => boolean } | undefined

/**
 * The caller's address: the connection's, or — through proxies named in
 * `TRUSTED_PROXIES` only — the nearest address in `X-Forwarded-For` that is
 * not one of them. IPv4 as plain dotted quads.
 */
export function clientAddress(req: MedusaRequest): string {
  const source = process.env.TRUSTED_PROXIES ?? ""
  if (trust?.source !== source) trust = { source, test: proxyaddr.compile(trustedProxies(process.env)) }
  return proxyaddr(req as never, trust.test).replace(/^::ffff:/, "")
}
