import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import MerchantModule from "../modules/merchant"

/**
 * A studio's own services: products the studio created and manages. A product
 * without this link is the platform's shared catalogue. Stored (a link table),
 * so query.graph answers "whose is this product" and "this studio's products"
 * without the product module knowing about merchants.
 */
export default defineLink(MerchantModule.linkable.merchant, { linkable: ProductModule.linkable.product, isList: true })
