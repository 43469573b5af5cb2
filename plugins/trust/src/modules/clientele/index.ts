import { Module } from "@medusajs/framework/utils"
import ClienteleModuleService from "./service"

/** A studio's own tags and private notes about its customers (M6). */
export const CLIENTELE_MODULE = "clientele"
export type { ClienteleModuleService }

export default Module(CLIENTELE_MODULE, { service: ClienteleModuleService })
