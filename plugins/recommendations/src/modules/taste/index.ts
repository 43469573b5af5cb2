import { Module } from "@medusajs/framework/utils"
import TasteModuleService from "./service"

/** What customers have shown they like: favourite beauticians, and the services they viewed while they consent (C5). */
export const TASTE_MODULE = "taste"
export type { TasteModuleService }
export type { Favourite, View } from "./service"
export { VIEWS_KEPT } from "./service"

export default Module(TASTE_MODULE, { service: TasteModuleService })
