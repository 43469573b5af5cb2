import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpEmailNotificationService } from "./service"

/** Register with the notification module: `{ resolve: "@doorstep/notifications/providers/email-smtp", id: "email-smtp", options: { channels: ["email"], ...smtpFromEnv(process.env) } }`. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpEmailNotificationService] })
