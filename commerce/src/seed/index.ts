import fs from "node:fs"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { ensureDemoAccounts } from "./accounts"
import { ensureBeauticians } from "./beauticians"
import { ensureDemoAppointments } from "./demo-appointments"
import { ensureCategories, ensureServices } from "./catalog"
import { loadDemoData, type DemoData } from "./demo-data"
import { ensureMerchants } from "./merchants"
import { ensurePromotions } from "./promotions"
import { ensureDemoReviews } from "./reviews"
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
  const newReviews = await ensureDemoReviews(container, data)
  // After the reviews: they look for a beautician's demo visits to know whether they were written.
  const newAppointments = await ensureDemoAppointments(container, data)
  logger.info(
    `Demo store ready: ${data.services.length} services (${created} new), ` +
      `${data.beauticians.length} beauticians (${newBeauticians} new), ${data.reviews.reviews.length} reviews (${newReviews} new), ${newAppointments} new demo appointments, region ${setup.regionId}`,
  )
  return setup
}

/**
 * Writes what scripts need to reach the store (its publishable key) where they
 * asked, and each demo beautician's id by handle: the cms's seed names the
 * profiles it publishes by these ids.
 */
export async function writeSeedOutput(container: MedusaContainer, file: string, setup: StoreSetup, data: DemoData = loadDemoData()): Promise<void> {
  const beauticians = await container
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .listBeauticians({ handle: data.beauticians.map((b) => b.handle) }, { select: ["id", "handle"] })
  const output = {
    publishable_key: setup.publishableKey,
    region_id: setup.regionId,
    sales_channel_id: setup.salesChannelId,
    beauticians: Object.fromEntries(beauticians.map((b) => [b.handle, b.id])),
  }
  fs.writeFileSync(file, JSON.stringify(output, null, 2))
}
