import fs from "node:fs"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureDemoAccounts } from "./accounts"
import { ensureBeauticians } from "./beauticians"
import { ensureCategories, ensureServices } from "./catalog"
import { loadDemoData, type DemoData } from "./demo-data"
import { ensureMerchants } from "./merchants"
import { ensurePromotions } from "./promotions"
import { ensureStoreSetup, type StoreSetup } from "./store-setup"

/**
 * Seeds the store; every step looks before it creates, so a second run adds nothing.
 * The store itself and the platform's catalogue always; the demo's studios, people
 * (each with a shared password) and promotions only when `demo` is set, which
 * production never does.
 */
export async function seedDemoStore(container: MedusaContainer, data: DemoData = loadDemoData(), { demo = true }: { demo?: boolean } = {}): Promise<StoreSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const setup = await ensureStoreSetup(container)
  const categoryIds = await ensureCategories(container, data.categories)
  const created = await ensureServices(container, data.services, categoryIds, setup.salesChannelId)
  if (!demo) {
    logger.info(`Store ready: ${data.services.length} services (${created} new), region ${setup.regionId}; no demo studios, people or promotions`)
    return setup
  }
  await ensureMerchants(container, data.merchants)
  const newBeauticians = await ensureBeauticians(container, data.beauticians, data.accounts.beautician.password)
  await ensureDemoAccounts(container, data.accounts)
  await ensurePromotions(container)
  logger.info(
    `Demo store ready: ${data.services.length} services (${created} new), ` +
      `${data.beauticians.length} beauticians (${newBeauticians} new), region ${setup.regionId}`,
  )
  return setup
}

/** Writes what scripts need to reach the store (its publishable key) where they asked. */
export function writeSeedOutput(file: string, setup: StoreSetup): void {
  const output = { publishable_key: setup.publishableKey, region_id: setup.regionId, sales_channel_id: setup.salesChannelId }
  fs.writeFileSync(file, JSON.stringify(output, null, 2))
}
