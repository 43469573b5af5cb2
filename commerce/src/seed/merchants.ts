import type { MedusaContainer } from "@medusajs/framework/types"
import { MERCHANT_MODULE, type MerchantModuleService } from "@doorstep/studios/modules/merchant"
import type { MerchantSeed } from "./demo-data"

/**
 * The demo studios, already through the platform's review: approved, with a
 * licence on file (placeholder codes that pass the check digit). Studios that
 * exist are left as they are.
 */
export async function ensureMerchants(container: MedusaContainer, seeds: MerchantSeed[]): Promise<number> {
  const merchants = container.resolve<MerchantModuleService>(MERCHANT_MODULE)
  const existing = new Set((await merchants.listMerchants({ handle: seeds.map((m) => m.handle) }, { select: ["handle"] })).map((m) => m.handle))
  const missing = seeds.filter((seed) => !existing.has(seed.handle))
  if (missing.length === 0) return 0
  await merchants.createMerchants(
    missing.map((seed, i) => ({
      handle: seed.handle,
      name: seed.name["zh-CN"],
      contact_phone: seed.phone,
      district: seed.district["zh-CN"],
      address: seed.address["zh-CN"],
      lat: seed.lat,
      lng: seed.lng,
      opening_hours: DEMO_OPENING_HOURS as unknown as Record<string, unknown>,
      status: "approved" as const,
      legal_name: `上海${seed.name["zh-CN"].split("·")[1] ?? seed.name["zh-CN"]}有限公司`,
      credit_code: DEMO_CREDIT_CODES[i % DEMO_CREDIT_CODES.length],
      licence_image_url: `https://doorstep.local/demo/licences/${seed.handle}.jpg`,
      submitted_at: new Date(),
    })),
  )
  return missing.length
}

/** Every day 09:00–21:00, as most studios open. */
const DEMO_OPENING_HOURS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: "09:00", close: "21:00" }))

/** Well-formed unified social credit codes (valid check characters) of no real business. */
const DEMO_CREDIT_CODES = ["91310000MA1FL6N012", "91310106MA1FY0XH19", "91310115MA1K3YJ2X5"]
