import { Module } from "@medusajs/framework/utils"
import MerchantModuleService from "./service"

export const MERCHANT_MODULE = "merchant"
export { ApplicationChangedError, DocumentLimitError, DocumentsChangedError, LOOSE_DOCUMENTS_PER_UPLOADER, MerchantChangedError } from "./service"
export type { MerchantModuleService }
export type { ApplicationDocumentRow, ApplicationRow, MerchantRow } from "./service"
export { APPLICATION_STATUSES, type ApplicationStatus } from "./models/beautician-application"
export { APPLICATION_DOCUMENT_KINDS, type ApplicationDocumentKind } from "./models/application-document"

export default Module(MERCHANT_MODULE, { service: MerchantModuleService })
