import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { AlipayProviderService } from "./service"

/** Register with the payment module: `{ resolve: "@doorstep/china-payments/providers/alipay", id: "alipay", options }`. */
export default ModuleProvider(Modules.PAYMENT, { services: [AlipayProviderService] })
