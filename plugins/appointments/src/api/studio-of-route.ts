import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError } from "./domain-error"

/**
 * The studio of the route's `:handle`, or 404 `MERCHANT_NOT_FOUND`: read
 * through the query graph from the studios plugin's `merchant`, so that the
 * plugins whose routes sit under a studio (money, trust) need none of its
 * code. (Whether the caller may see the studio, the staff gate decided.)
 */
export async function studioOfRoute(req: AuthenticatedMedusaRequest): Promise<{ id: string; handle: string }> {
  return await studioByHandle(req, req.params.handle)
}

async function studioByHandle(req: AuthenticatedMedusaRequest, handle: string): Promise<{ id: string; handle: string }> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "merchant", fields: ["id", "handle"], filters: { handle } })
  const [studio] = data as Array<{ id: string; handle: string }>
  if (!studio) throw new DomainError(404, "MERCHANT_NOT_FOUND", `No merchant ${handle}`)
  return studio
}

/** The staff member the accounts plugin's gate put on the request (read here so that plugins beneath accounts need none of its code). */
type GatedRequest = AuthenticatedMedusaRequest & { staff?: { role: string | null; merchantHandle: string | null } }

/**
 * Which studio a back-office list spans: a merchant role's own (naming
 * another is 404 `MERCHANT_NOT_FOUND`, as if it did not exist), or for the
 * platform's staff the one they name, or every studio (null).
 */
export async function studioScope(req: AuthenticatedMedusaRequest, requested: string | undefined): Promise<string | null> {
  const staff = (req as GatedRequest).staff
  if (staff?.role === "merchant_manager" || staff?.role === "merchant_staff") {
    if (!staff.merchantHandle) throw new DomainError(403, "FORBIDDEN_FOR_ROLE", "您的角色无权进行此操作 · Your role may not do this")
    if (requested && requested !== staff.merchantHandle) throw new DomainError(404, "MERCHANT_NOT_FOUND", `No merchant ${requested}`)
    return staff.merchantHandle
  }
  if (!requested) return null
  return (await studioByHandle(req, requested)).handle
}
