import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmsLogNotificationService } from "./service"

/** Register with the notification module, development only: `{ resolve: "@doorstep/accounts/providers/sms-log", id: "sms-log", options: { channels: ["sms"] } }`. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmsLogNotificationService] })
