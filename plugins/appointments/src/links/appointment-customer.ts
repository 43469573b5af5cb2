import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import AppointmentModule from "../modules/appointment"

/** Who booked: read through `customer_id`, so query.graph can join appointments and customers. */
export default defineLink({ linkable: AppointmentModule.linkable.appointment, field: "customer_id" }, CustomerModule.linkable.customer, {
  readOnly: true,
})
