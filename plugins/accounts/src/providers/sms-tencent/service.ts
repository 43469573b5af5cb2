import type { Agent } from "node:http"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import { sms } from "tencentcloud-sdk-nodejs-sms"
import { smsMessageOf, templateFor, type TencentSmsOptions } from "../../lib/sms-config"
import { SmsError, type SmsFailureCode } from "../../lib/sms-errors"

type SmsClient = InstanceType<typeof sms.v20210111.Client>

/** Tencent Cloud's error codes (the request's `Error.Code`, or one number's `SendStatus.Code`) in our words; anything else is `SMS_UNAVAILABLE`. */
const TENCENT_CODES: Array<[RegExp, SmsFailureCode]> = [
  [/^RequestLimitExceeded|^LimitExceeded\.(PhoneNumberDailyLimit|PhoneNumberOneHourLimit|PhoneNumberSameContentDailyLimit|PhoneNumberThirtySecondLimit|DailyLimit|DeliveryFrequencyLimit|AppDailyLimit|AppCountryOrRegionDailyLimit)/, "SMS_RATE_LIMITED"],
  [/^InvalidParameterValue\.IncorrectPhoneNumber|^FailedOperation\.(PhoneNumberInBlacklist|PhoneNumberParseFail)|^UnsupportedOperation\.(ChineseMainlandTemplateToGlobalPhone|GlobalTemplateToChineseMainlandPhone|UnsupportedRegion)/, "SMS_INVALID_NUMBER"],
  [/^FailedOperation\.InsufficientBalanceInSmsPackage|^UnauthorizedOperation\.(SerivceSuspendDueToArrears|ServiceSuspendDueToArrears|IndividualUserMarketingSmsPermissionDeny)/, "SMS_INSUFFICIENT_BALANCE"],
  [/^FailedOperation\.(SignatureIncorrectOrUnapproved|TemplateIncorrectOrUnapproved|TemplateParamSetNotMatchApprovedTemplate|TemplateUnapprovedOrNotExist|MissingSignature|MissingSignatureList|MissingTemplateToModify|ContainSensitiveWord)|^InvalidParameterValue\.(TemplateParameterFormatError|TemplateParameterLengthLimit|ProhibitedUseUrlInTemplateParameter|SdkAppIdNotExist|ContentLengthLimit)|^UnauthorizedOperation\.SmsSdkAppIdVerifyFail|^LimitExceeded\.PhoneNumberCountLimit/, "SMS_REJECTED"],
]
const ourCode = (code: string): SmsFailureCode => TENCENT_CODES.find(([pattern]) => pattern.test(code))?.[1] ?? "SMS_UNAVAILABLE"

/**
 * SMS through Tencent Cloud's 短信 (SMS API 2021-01-11 `SendSms`, on Tencent
 * Cloud's own SDK, which signs each request with TC3-HMAC-SHA256): the
 * message's template with its variables in order, under our signature, to
 * the number in E.164 (`+8613812345678`, as Tencent asks). Tencent answers
 * per number in `SendStatusSet`: that status decides, not the request's.
 */
export class TencentSmsNotificationService extends AbstractNotificationProviderService {
  static override identifier = "sms-tencent"
  private readonly client: SmsClient
  private readonly options: TencentSmsOptions

  /** `agent`: only tests give one, to carry Tencent's host name to a local simulator. */
  constructor(_container: unknown, options: TencentSmsOptions & { agent?: Agent }) {
    super()
    this.options = options
    this.client = new sms.v20210111.Client({
      credential: { secretId: options.secretId, secretKey: options.secretKey },
      region: options.region ?? "ap-guangzhou",
      profile: { httpProfile: { endpoint: options.endpoint ?? "sms.tencentcloudapi.com", protocol: options.protocol ?? "https://", reqTimeout: 10, agent: options.agent } },
    })
  }

  static override validateOptions(options: Record<string, unknown>) {
    for (const name of ["secretId", "secretKey", "sdkAppId", "signName", "templates"]) if (!options[name]) throw new Error(`sms-tencent: option ${name} is required`)
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { key, params, locale } = smsMessageOf(notification)
    const template = templateFor(this.options.templates, key, locale)
    if (!template) throw new SmsError("SMS_NO_TEMPLATE", `no Tencent Cloud template for ${key}`)
    let answer
    try {
      answer = await this.client.SendSms({
        PhoneNumberSet: [notification.to],
        SmsSdkAppId: this.options.sdkAppId,
        SignName: this.options.signName,
        TemplateId: template.id,
        TemplateParamSet: template.params.map((name) => params[name] ?? ""),
      })
    } catch (error) {
      const code = String((error as { code?: string }).code ?? "")
      throw new SmsError(ourCode(code), `Tencent Cloud SendSms failed: ${code || (error as Error).message}`)
    }
    const status = answer.SendStatusSet?.[0]
    if (status?.Code !== "Ok") throw new SmsError(ourCode(status?.Code ?? ""), `Tencent Cloud SendSms answered ${status?.Code}: ${status?.Message} (request ${answer.RequestId})`)
    return { id: status.SerialNo }
  }
}
