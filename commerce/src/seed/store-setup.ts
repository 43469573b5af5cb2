import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { PROVIDER_IDS } from "@doorstep/china-payments/config"
import { CURRENCY_CODE, REGION_NAME, TIMEZONE } from "../lib/market"

export const SALES_CHANNEL_NAME = "Doorstep App"
export const PUBLISHABLE_KEY_TITLE = "Doorstep Storefront"

export interface StoreSetup {
  regionId: string
  salesChannelId: string
  publishableKey: string
}

/** The store, its China region (CNY, tax-inclusive prices), sales channel and publishable key. */
export async function ensureStoreSetup(container: MedusaContainer): Promise<StoreSetup> {
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const apiKeyModule = container.resolve(Modules.API_KEY)

  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Customer app and beautician portal" }] },
    })
    salesChannel = result[0]
  }

  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Doorstep 上门美容",
        supported_currencies: [{ currency_code: CURRENCY_CODE, is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannel.id,
        // Customer service, as the app shows it (`GET /store/support`); the platform edits it in the back office.
        metadata: { support_phone: "+86 400-820-0000", support_hours: "09:00–22:00", ...store.metadata },
      },
    },
  })

  const paymentProviders = await regionPaymentProviders(container)
  let [region] = await regionModule.listRegions({ name: REGION_NAME })
  if (region) {
    // Gateways come and go with their credentials; the region offers what is configured now.
    await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: paymentProviders } } })
  } else {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: CURRENCY_CODE,
            countries: ["cn"],
            payment_providers: paymentProviders,
            // Chinese consumer prices always include VAT.
            is_tax_inclusive: true,
            metadata: { timezone: TIMEZONE },
          },
        ],
      },
    })
    region = result[0]
  }

  const taxRegions = await taxModule.listTaxRegions({ country_code: "cn" })
  if (taxRegions.length === 0) {
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "cn", provider_id: "tp_system" }] })
  }

  let [apiKey] = await apiKeyModule.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }

  return { regionId: region.id, salesChannelId: salesChannel.id, publishableKey: apiKey.token }
}

/**
 * WeChat Pay and Alipay when configured. Medusa's system provider, which
 * "authorizes" without any money moving, is offered only when neither is —
 * and never in production, where that would make every booking free.
 */
async function regionPaymentProviders(container: MedusaContainer): Promise<string[]> {
  const providers = await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })
  const gateways = providers.map((p) => p.id).filter((id) => id === PROVIDER_IDS.wechatpay || id === PROVIDER_IDS.alipay)
  if (gateways.length > 0) return gateways
  if (process.env.NODE_ENV === "production") throw new Error("No payment gateway is configured: set the WECHATPAY_* or ALIPAY_* variables")
  return ["pp_system_default"]
}
