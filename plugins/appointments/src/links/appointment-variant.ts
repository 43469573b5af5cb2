import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import AppointmentModule from "../modules/appointment"

/** Which service (and duration) was booked. */
export default defineLink({ linkable: AppointmentModule.linkable.appointment, field: "variant_id" }, ProductModule.linkable.productVariant, {
  readOnly: true,
})
