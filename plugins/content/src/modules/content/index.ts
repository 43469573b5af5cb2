import { Module } from "@medusajs/framework/utils"
import searchEngine from "./loaders/search-engine"
import ContentModuleService from "./service"

export const CONTENT_MODULE = "content"
export type { ContentModuleService }
export type { ContentOptions, IndexedEntry } from "./service"

export default Module(CONTENT_MODULE, { service: ContentModuleService, loaders: [searchEngine] })
