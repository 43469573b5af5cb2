import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientAddress } from "@doorstep/appointments/api/client-address"
import { sendDomainError, DomainError } from "@doorstep/appointments/api/domain-error"
import { failurePause, type Sql } from "./sign-in-code-store"

/** The header our middleware hands the caller's address to the phone-otp provider in (auth providers see headers, not sockets). */
export const CLIENT_IP_HEADER = "x-doorstep-client-ip"

/**
 * Before a code is tried: an address with too many wrong codes this hour
 * waits (429 `TOO_MANY_ATTEMPTS`); otherwise its address, as the connection
 * (or a proxy in `TRUSTED_PROXIES`) gives it, goes along to the provider. Whatever the
 * client put in the header is replaced.
 */
export async function guardCodeTries(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const ip = clientAddress(req)
  const pause = await failurePause(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Sql, { ip, now: new Date() })
  if (pause > 0) {
    res.setHeader("Retry-After", String(pause))
    return sendDomainError(res, new DomainError(429, "TOO_MANY_ATTEMPTS", "尝试次数过多，请稍后再试 · Too many tries; try again later", undefined, { retry_after_seconds: pause }))
  }
  req.headers[CLIENT_IP_HEADER] = ip
  next()
}
