import { Module } from "@medusajs/framework/utils"
import NotificationOutboxModuleService from "./service"

export const NOTIFICATION_OUTBOX_MODULE = "notification_outbox"
export type { NotificationOutboxModuleService }
export type { DeliveryRow, NewDelivery, NotificationsOptions, Preferences } from "./service"

export default Module(NOTIFICATION_OUTBOX_MODULE, { service: NotificationOutboxModuleService })
