import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"

/**
 * Development's SMS: the message is written to commerce's log instead of
 * sent, so a person trying the demo can read their code there. Never
 * configured in production.
 */
export class SmsLogNotificationService extends AbstractNotificationProviderService {
  static override identifier = "sms-log"
  private readonly logger: Logger

  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger = logger
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    this.logger.info(`SMS to ${notification.to}: ${notification.content?.text ?? notification.template}`)
    return {}
  }
}
