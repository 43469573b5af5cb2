import Dysmsapi, { SendSmsRequest } from "@alicloud/dysmsapi20170525"
import { $OpenApiUtil } from "@alicloud/openapi-core"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import { smsMessageOf, templateFor, type AliyunSmsOptions } from "../../lib/sms-config"
import { SmsError, type SmsFailureCode } from "../../lib/sms-errors"

/** Aliyun's answer codes (`Code` of SendSms, or of an HTTP error) in our words; anything else unknown is `SMS_UNAVAILABLE`. */
const ALIYUN_CODES: Array<[RegExp, SmsFailureCode]> = [
  [/^Throttling|^isv\.(BUSINESS_LIMIT_CONTROL|DAY_LIMIT_CONTROL|MONTH_LIMIT_CONTROL)$/, "SMS_RATE_LIMITED"],
  [/^isv\.(MOBILE_NUMBER_ILLEGAL|MOBILE_COUNT_OVER_LIMIT|BLACK_KEY_CONTROL_LIMIT|DENY_IP_RANGE)$/, "SMS_INVALID_NUMBER"],
  [/^isv\.(AMOUNT_NOT_ENOUGH|OUT_OF_SERVICE|ACCOUNT_ABNORMAL)$/, "SMS_INSUFFICIENT_BALANCE"],
  [/^isv\.(SMS_TEMPLATE_ILLEGAL|SMS_SIGNATURE_ILLEGAL|SMS_SIGN_ILLEGAL|TEMPLATE_MISSING_PARAMETERS|TEMPLATE_PARAMS_ILLEGAL|PARAM_LENGTH_LIMIT|PARAM_NOT_SUPPORT_URL|INVALID_JSON_PARAM|SMS_CONTENT_ILLEGAL|SMS_SIGNATURE_SCENE_ILLEGAL|EXTEND_CODE_ERROR|DOMESTIC_NUMBER_NOT_SUPPORTED)$/, "SMS_REJECTED"],
]
const ourCode = (code: string): SmsFailureCode => ALIYUN_CODES.find(([pattern]) => pattern.test(code))?.[1] ?? "SMS_UNAVAILABLE"

/** Aliyun takes a mainland number as its eleven digits, any other as the country code and number without `+`. */
export const aliyunPhone = (e164: string) => (e164.startsWith("+86") ? e164.slice(3) : e164.replace(/^\+/, ""))

/**
 * SMS through Aliyun's 短信服务 (Dysmsapi 2017-05-25 `SendSms`, on Aliyun's
 * own SDK, which signs each request with the AccessKey, ACS3-HMAC-SHA256):
 * the message's template with its variables, under our signature. The SDK
 * makes one try (it retries only when configured to): SendSms is not
 * idempotent, so trying again is the outbox's decision, not the transport's.
 */
export class AliyunSmsNotificationService extends AbstractNotificationProviderService {
  static override identifier = "sms-aliyun"
  private readonly client: Dysmsapi
  private readonly options: AliyunSmsOptions

  constructor(_container: unknown, options: AliyunSmsOptions) {
    super()
    this.options = options
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: options.accessKeyId,
        accessKeySecret: options.accessKeySecret,
        regionId: options.regionId ?? "cn-hangzhou",
        endpoint: options.endpoint,
        protocol: options.protocol ?? "HTTPS",
        connectTimeout: 5_000,
        readTimeout: 10_000,
      }),
    )
  }

  static override validateOptions(options: Record<string, unknown>) {
    for (const name of ["accessKeyId", "accessKeySecret", "signName", "templates"]) if (!options[name]) throw new Error(`sms-aliyun: option ${name} is required`)
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { key, params, locale } = smsMessageOf(notification)
    const template = templateFor(this.options.templates, key, locale)
    if (!template) throw new SmsError("SMS_NO_TEMPLATE", `no Aliyun template for ${key}`)
    const request = new SendSmsRequest({
      phoneNumbers: aliyunPhone(notification.to),
      signName: this.options.signName,
      templateCode: template.id,
      templateParam: JSON.stringify(Object.fromEntries(template.params.map((name) => [name, params[name] ?? ""]))),
    })
    let body
    try {
      body = (await this.client.sendSms(request)).body
    } catch (error) {
      const code = String((error as { code?: string }).code ?? "")
      throw new SmsError(ourCode(code), `Aliyun SendSms failed: ${code || (error as Error).message}`)
    }
    if (body?.code !== "OK") throw new SmsError(ourCode(body?.code ?? ""), `Aliyun SendSms answered ${body?.code}: ${body?.message} (request ${body?.requestId})`)
    return { id: body.bizId }
  }
}
