import { APPOINTMENT_STATUSES, OCCUPYING_STATUSES } from "@doorstep/booking-core"
import { model } from "@medusajs/framework/utils"
import { Beautician } from "./beautician"

/** Statuses that occupy the beautician's calendar; the no-overlap constraint covers exactly these. */
export const ACTIVE_STATUSES = OCCUPYING_STATUSES

export const PAYMENT_STATUSES = ["pending", "paid", "refund_pending", "partially_refunded", "refunded", "failed"] as const
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

export const Appointment = model.define("appointment", {
  id: model.id({ prefix: "appt" }).primaryKey(),
  status: model.enum([...APPOINTMENT_STATUSES]).default("held"),
  customer_id: model.text(),
  variant_id: model.text(),
  order_id: model.text().nullable(),
  /** The cart whose completion confirmed this booking: a completion of that cart cut short before its order confirms it again. */
  completing_cart_id: model.text().nullable(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  /** Travel in, preparation, the service and clean-up: what no other appointment may overlap. */
  blocked_from: model.dateTime(),
  blocked_until: model.dateTime(),
  travel_in_minutes: model.number(),
  /** The address as the customer gave it, kept even if their address book changes. */
  address: model.json(),
  lat: model.float(),
  lng: model.float(),
  expires_at: model.dateTime().nullable(),
  /** What the customer paid for this visit, in fen, recorded when the order is placed. */
  paid_fen: model.number().nullable(),
  cancelled_at: model.dateTime().nullable(),
  /** Kept by the policy on cancellation, and given back; fen. */
  cancellation_fee_fen: model.number().nullable(),
  refund_fen: model.number().nullable(),
  /** The studio's cancellation terms when this was booked (`PolicyTerms`); null: the platform's default. */
  policy_terms: model.json().nullable(),
  /** The booking's price before any deposit (the service's price for the cart, less nothing), fen; set when it joins a cart. */
  price_fen: model.number().nullable(),
  /** A deposit booking's balance, paid after the job with a cart of its own; 0 or null: nothing due. */
  balance_due_fen: model.number().nullable(),
  balance_cart_id: model.text().nullable(),
  balance_order_id: model.text().nullable(),
  balance_paid_fen: model.number().nullable(),
  /** What the customer's money is doing: awaiting payment, paid, being or been given back, or the payment failed. */
  payment_status: model.enum([...PAYMENT_STATUSES]).default("pending"),
  /** Where the beautician checked in on arrival: `{ lat, lng, meters, flagged, at }` (flagged past 300 m, or without a location: then nulls). */
  check_in: model.json().nullable(),
  /** What the beautician recorded on completion: notes, products used, before/after photos. */
  service_record: model.json().nullable(),
  beautician: model.belongsTo(() => Beautician, { mappedBy: "appointments" }),
})
