import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * The platform's log of decisions is the studios plugin's (its `merchant`
 * module); a review's moderation is written there beside the studios' own
 * decisions. Trust writes it by the module's name — as dispatch reads
 * reviews — so that it needs none of the studios' code.
 */
const DECISION_LOG = "merchant"

interface DecisionLog {
  recordDecision(decision: { subject_type: "review"; subject_id: string; from_status: string; to_status: string; actor: string; reason: string | null }): Promise<void>
}

/** Logs a moderation decision in the platform's decision log. */
export const recordDecision = (container: MedusaContainer, decision: Parameters<DecisionLog["recordDecision"]>[0]) => container.resolve<DecisionLog>(DECISION_LOG).recordDecision(decision)
