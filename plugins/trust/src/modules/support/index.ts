import { Module } from "@medusajs/framework/utils"
import SupportModuleService from "./service"

export const SUPPORT_MODULE = "support"
export type { SupportModuleService }
export type { TicketRefusal, TicketRefused, TicketRow, TicketScope } from "./service"

export default Module(SUPPORT_MODULE, { service: SupportModuleService })
