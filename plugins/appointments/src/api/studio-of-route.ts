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
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "merchant", fields: ["id", "handle"], filters: { handle: req.params.handle } })
  const [studio] = data as Array<{ id: string; handle: string }>
  if (!studio) throw new DomainError(404, "MERCHANT_NOT_FOUND", `No merchant ${req.params.handle}`)
  return studio
}
