import { Module } from "@medusajs/framework/utils"
import MerchantModuleService from "./service"

export const MERCHANT_MODULE = "merchant"
export { ApplicationChangedError, MerchantChangedError } from "./service"
export type { MerchantModuleService }
export type { ApplicationRow, MerchantRow } from "./service"
export type { ApplicationStatus } from "./models/beautician-application"

export default Module(MERCHANT_MODULE, { service: MerchantModuleService })
