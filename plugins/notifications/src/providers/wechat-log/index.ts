import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { WechatLogNotificationService } from "./service"

/** Register with the notification module, development only: `{ resolve: "@doorstep/notifications/providers/wechat-log", id: "wechat-log", options: { channels: ["wechat"] } }`. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [WechatLogNotificationService] })
