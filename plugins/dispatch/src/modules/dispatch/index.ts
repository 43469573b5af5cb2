import { Module } from "@medusajs/framework/utils"
import DispatchModuleService from "./service"

export const DISPATCH_MODULE = "dispatch"
export { BATCH_LOCK, OFFER_EXPIRY_LOCK, OfferClosedError, OfferNotFoundError } from "./service"
export type { DispatchModuleService }

export default Module(DISPATCH_MODULE, { service: DispatchModuleService })
