import { Module } from "@medusajs/framework/utils"
import MerchantModuleService from "./service"

export const MERCHANT_MODULE = "merchant"
export { MerchantChangedError } from "./service"
export type { MerchantModuleService }
export type { MerchantRow } from "./service"

export default Module(MERCHANT_MODULE, { service: MerchantModuleService })
