import { Module } from "@medusajs/framework/utils"
import DispatchModuleService from "./service"

export const DISPATCH_MODULE = "dispatch"
export { BATCH_LOCK, OFFER_EXPIRY_LOCK, OfferClosedError } from "./service"
export type { DispatchModuleService }

export default Module(DISPATCH_MODULE, { service: DispatchModuleService })
