import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IStoreModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * GET /store/support — how to reach customer service: the phone number and
 * hours kept in the store's settings (`metadata.support_phone`,
 * `metadata.support_hours`, edited by the platform in the back office).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [store] = await req.scope.resolve<IStoreModuleService>(Modules.STORE).listStores({}, { select: ["id", "metadata"], take: 1 })
  const metadata = (store?.metadata ?? {}) as Record<string, unknown>
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null)
  res.json({ support: { phone: text(metadata.support_phone), hours: text(metadata.support_hours) } })
}
