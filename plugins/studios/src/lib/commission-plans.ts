import type { MedusaContainer } from "@medusajs/framework/types"
import type { StoredCommissionPlan } from "@doorstep/booking-core"

/**
 * The studios' commission plans are the money plugin's (its `money` module,
 * which books earnings by them). A studio's settings show its plan, and the
 * platform changes it among the studio's terms, through the module's name —
 * as dispatch reads reviews — so that studios need none of money's code.
 */
const COMMISSION_PLANS = "money"

interface CommissionPlans {
  plansOf(handles: readonly string[]): Promise<Map<string, StoredCommissionPlan>>
  planOf(handle: string): Promise<StoredCommissionPlan>
  setPlan(handle: string, change: Omit<StoredCommissionPlan, "name"> & { name?: string }): Promise<{ before: StoredCommissionPlan; after: StoredCommissionPlan }>
}

export const commissionPlans = (container: MedusaContainer) => container.resolve<CommissionPlans>(COMMISSION_PLANS)
