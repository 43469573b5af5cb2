import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { WechatpayProviderService } from "./service"

/** Register with the payment module: `{ resolve: "@doorstep/china-payments/providers/wechatpay", id: "wechatpay", options }`. */
export default ModuleProvider(Modules.PAYMENT, { services: [WechatpayProviderService] })
