import { Module } from "@medusajs/framework/utils"
import ContentModuleService from "./service"

export const CONTENT_MODULE = "content"
export type { ContentModuleService }
export type { ContentOptions, IndexedEntry, SearchHit } from "./service"

export default Module(CONTENT_MODULE, { service: ContentModuleService })
