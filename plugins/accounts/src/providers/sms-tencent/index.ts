import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { TencentSmsNotificationService } from "./service"

/** Register with the notification module: `{ resolve: "@doorstep/accounts/providers/sms-tencent", id: "sms-tencent", options: { channels: ["sms"], ...smsFromEnv(process.env).options } }`. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [TencentSmsNotificationService] })
