import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"

/**
 * Development's WeChat subscription messages (channel `wechat`): written to
 * commerce's log instead of sent. The channel is a port: a provider calling
 * WeChat's `subscribeMessage.send` with the account's template ids takes this
 * one's place in medusa-config; notices reach it as `to` (the openid),
 * `template` (`doorstep.<kind>`) and `data` (title, body, url, starts_at).
 */
export class WechatLogNotificationService extends AbstractNotificationProviderService {
  static override identifier = "wechat-log"
  private readonly logger: Logger

  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger = logger
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    this.logger.info(`WeChat message to ${notification.to} (${notification.template}): ${JSON.stringify(notification.data ?? {})}`)
    return {}
  }
}
