import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import AppointmentModule from "../modules/appointment"

/** The order that paid for the appointment; set when the order is placed. */
export default defineLink({ linkable: AppointmentModule.linkable.appointment, field: "order_id" }, OrderModule.linkable.order, {
  readOnly: true,
})
