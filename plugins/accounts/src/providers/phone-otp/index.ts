import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PhoneOtpAuthService } from "./service"

/** Register with the auth module: `{ resolve: "@doorstep/accounts/providers/phone-otp", id: "phone-otp", options: { codeSecret } }`. */
export default ModuleProvider(Modules.AUTH, { services: [PhoneOtpAuthService] })
