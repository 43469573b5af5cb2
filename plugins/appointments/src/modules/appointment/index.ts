import { Module } from "@medusajs/framework/utils"
import failFastWithoutDatabase from "./loaders/fail-fast-without-database"
import serveWorkerMetrics from "./loaders/worker-metrics"
import AppointmentModuleService from "./service"

export const APPOINTMENT_MODULE = "appointment"
/** Emitted when a customer cancels an appointment (`{ id }`). */
export const APPOINTMENT_CANCELLED_EVENT = "appointment.cancelled"
export { ACTIVE_STATUSES } from "./models/appointment"
export { AppointmentChangedError, HOLD_EXPIRY_LOCK, isOverlapViolation } from "./service"
export type { AppointmentModuleService }
export type { AppointmentRow, ChangePosition } from "./service"
export type { StudioCustomerFigures, StudioCustomerQuery } from "./customer-figures"

export default Module(APPOINTMENT_MODULE, { service: AppointmentModuleService, loaders: [failFastWithoutDatabase, serveWorkerMetrics] })
