import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { AliyunSmsNotificationService } from "./service"

/** Register with the notification module: `{ resolve: "@doorstep/accounts/providers/sms-aliyun", id: "sms-aliyun", options: { channels: ["sms"], ...smsFromEnv(process.env).options } }`. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [AliyunSmsNotificationService] })
