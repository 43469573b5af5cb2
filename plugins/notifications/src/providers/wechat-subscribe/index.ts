import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { WechatSubscribeNotificationService } from "./service"

/** Register with the notification module: `{ resolve: "@doorstep/notifications/providers/wechat-subscribe", id: "wechat-subscribe", options: { channels: ["wechat"], ...wechatMessagesFromEnv(process.env) } }`. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [WechatSubscribeNotificationService] })
