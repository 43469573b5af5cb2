import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { DomainError } from "@doorstep/appointments/api/domain-error"

/**
 * The studios plugin's module, read and written by its name — as dispatch
 * reads reviews — so that trust does not depend on the studios' code: its
 * merchants, and the platform's log of decisions, where a review's
 * moderation is written beside the studios' own decisions.
 */
const STUDIOS_MODULE = "merchant"

interface Studios {
  listMerchants(filter: { handle: string }, config: { select: string[] }): Promise<Array<{ id: string; handle: string }>>
  recordDecision(decision: { subject_type: "review"; subject_id: string; from_status: string; to_status: string; actor: string; reason: string | null }): Promise<void>
}

const studios = (container: MedusaContainer) => container.resolve<Studios>(STUDIOS_MODULE)

/** The studio of the route's `:handle`, or 404. (Whether the caller may see it, the staff gate decided.) */
export async function studioOfRoute(req: AuthenticatedMedusaRequest) {
  const [studio] = await studios(req.scope).listMerchants({ handle: req.params.handle }, { select: ["id", "handle"] })
  if (!studio) throw new DomainError(404, "MERCHANT_NOT_FOUND", `No merchant ${req.params.handle}`)
  return studio
}

/** Logs a moderation decision in the platform's decision log. */
export const recordDecision = (container: MedusaContainer, decision: Parameters<Studios["recordDecision"]>[0]) => studios(container).recordDecision(decision)
