import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { WechatAuthService } from "./service"

/** Register with the auth module: `{ resolve: "@doorstep/accounts/providers/wechat", id: "wechat", options: wechatLoginFromEnv(process.env) }`. */
export default ModuleProvider(Modules.AUTH, { services: [WechatAuthService] })
