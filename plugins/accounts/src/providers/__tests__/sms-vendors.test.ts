import http from "node:http"
import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"
import { SMS_MESSAGES, smsCarriesNotices, smsFromEnv, type SmsTemplate } from "../../lib/sms-config"
import { deliveryFailureOf } from "../../lib/sms-errors"
import { AliyunSmsNotificationService } from "../sms-aliyun/service"
import { TencentSmsNotificationService } from "../sms-tencent/service"
import { aliyunSimulator, tencentSimulator, type Simulator } from "../../simulator/sms-vendors"

const templates: Record<string, SmsTemplate> = {
  "sign-in-code": { id: "SMS_100001", params: SMS_MESSAGES["sign-in-code"].params },
  "customer.cancelled": { id: "SMS_100007", params: SMS_MESSAGES["customer.cancelled"].params },
  "customer.cancelled.en": { id: "SMS_200007", params: SMS_MESSAGES["customer.cancelled"].params },
  "beautician.cancelled": { id: "SMS_100010", params: SMS_MESSAGES["beautician.cancelled"].params },
}
const signInCode = { to: "+8613812345678", channel: "sms", template: "sign-in-code", data: { params: { code: "402913", minutes: 5 } } } as unknown as ProviderSendNotificationDTO
const cancelled = (audience: string, locale: string) =>
  ({
    to: "+8613812345678",
    channel: "sms",
    template: "doorstep.cancelled",
    data: { audience, locale, params: { time: "明天 13:00", fee: "49.00", refund: "49.00", district: "静安区" } },
  }) as unknown as ProviderSendNotificationDTO

/** Sends and resolves to the failure's code (`null` when it went through). */
const failureOf = (send: Promise<unknown>) => send.then(() => null, (error) => deliveryFailureOf(error))

describe("Aliyun SMS (SendSms through Aliyun's SDK)", () => {
  let vendor: Simulator
  let provider: AliyunSmsNotificationService
  beforeAll(async () => {
    vendor = await aliyunSimulator("LTAI-test-key", "aliyun-secret")
    provider = new AliyunSmsNotificationService({}, { accessKeyId: "LTAI-test-key", accessKeySecret: "aliyun-secret", signName: "Doorstep", templates, endpoint: `127.0.0.1:${vendor.port}`, protocol: "HTTP" })
  })
  afterAll(() => vendor.close())
  beforeEach(() => (vendor.received.length = 0))

  it("sends the sign-in code's template under our signature to the eleven-digit number, signed with the access key", async () => {
    vendor.answers.push({ status: 200, body: { Code: "OK", Message: "OK", BizId: "900619746936498440^0", RequestId: "F655A8D5" } })
    await expect(provider.send(signInCode)).resolves.toEqual({ id: "900619746936498440^0" })
    const [request] = vendor.received
    expect(request.signatureValid).toBe(true)
    expect(request.headers["x-acs-action"]).toBe("SendSms")
    expect(request.headers["x-acs-version"]).toBe("2017-05-25")
    expect(Object.fromEntries(request.query)).toEqual({ PhoneNumbers: "13812345678", SignName: "Doorstep", TemplateCode: "SMS_100001", TemplateParam: JSON.stringify({ code: "402913", minutes: "5" }) })
  })

  it("fills a notice's template by audience and language, with its variables by name", async () => {
    vendor.answers.push({ status: 200, body: { Code: "OK", BizId: "1" } }, { status: 200, body: { Code: "OK", BizId: "2" } }, { status: 200, body: { Code: "OK", BizId: "3" } })
    await provider.send(cancelled("customer", "zh-CN"))
    await provider.send(cancelled("customer", "en"))
    await provider.send(cancelled("beautician", "zh-CN"))
    expect(vendor.received.map((r) => [r.query.get("TemplateCode"), JSON.parse(r.query.get("TemplateParam")!)])).toEqual([
      ["SMS_100007", { time: "明天 13:00", fee: "49.00", refund: "49.00" }],
      ["SMS_200007", { time: "明天 13:00", fee: "49.00", refund: "49.00" }],
      ["SMS_100010", { time: "明天 13:00", district: "静安区" }],
    ])
  })

  it.each([
    [{ status: 200, body: { Code: "isv.MOBILE_NUMBER_ILLEGAL", Message: "非法手机号" } }, "SMS_INVALID_NUMBER", true],
    [{ status: 200, body: { Code: "isv.BUSINESS_LIMIT_CONTROL", Message: "触发号码天级流控Permits:10" } }, "SMS_RATE_LIMITED", false],
    [{ status: 400, body: { Code: "Throttling.User", Message: "Request was denied due to user flow control." } }, "SMS_RATE_LIMITED", false],
    [{ status: 200, body: { Code: "isv.AMOUNT_NOT_ENOUGH", Message: "账户余额不足" } }, "SMS_INSUFFICIENT_BALANCE", false],
    [{ status: 200, body: { Code: "isv.SMS_TEMPLATE_ILLEGAL", Message: "模板不合法" } }, "SMS_REJECTED", true],
    [{ status: 503, body: { Code: "ServiceUnavailable", Message: "The request has failed due to a temporary failure of the server." } }, "SMS_UNAVAILABLE", false],
  ])("maps Aliyun's answer %j to our %s (permanent: %s), after one request", async (answer, code, permanent) => {
    vendor.answers.push(answer)
    await expect(failureOf(provider.send(signInCode))).resolves.toEqual({ code, permanent })
    expect(vendor.received).toHaveLength(1)
  })

  it("refuses a message kind with no template, without calling Aliyun", async () => {
    await expect(failureOf(provider.send({ ...cancelled("customer", "zh-CN"), template: "doorstep.refunded" }))).resolves.toEqual({ code: "SMS_NO_TEMPLATE", permanent: true })
    expect(vendor.received).toHaveLength(0)
  })

  it("signs with the secret it was given: the vendor can tell a wrong one", async () => {
    const wrong = new AliyunSmsNotificationService({}, { accessKeyId: "LTAI-test-key", accessKeySecret: "not-the-secret", signName: "Doorstep", templates, endpoint: `127.0.0.1:${vendor.port}`, protocol: "HTTP" })
    vendor.answers.push({ status: 400, body: { Code: "SignatureDoesNotMatch", Message: "Specified signature is not matched with our calculation." } })
    await expect(failureOf(wrong.send(signInCode))).resolves.toEqual({ code: "SMS_UNAVAILABLE", permanent: false })
    expect(vendor.received[0].signatureValid).toBe(false)
  })
})

describe("Tencent Cloud SMS (SendSms through Tencent Cloud's SDK)", () => {
  let vendor: Simulator
  let provider: TencentSmsNotificationService
  // Tencent's SDK signs for the service named by the host's first label, so the host stays Tencent's and only the connection goes to the simulator.
  const toSimulator = () => new http.Agent({ lookup: (_host, options, callback) => (options.all ? callback(null, [{ address: "127.0.0.1", family: 4 }] as never, 4) : callback(null, "127.0.0.1", 4)) })
  const options = (secretKey: string) => ({ secretId: "AKID-test", secretKey, sdkAppId: "1400006666", signName: "Doorstep", templates, endpoint: `sms.tencentcloudapi.com:${vendor.port}`, protocol: "http://" as const, agent: toSimulator() })
  beforeAll(async () => {
    vendor = await tencentSimulator("AKID-test", "tencent-secret")
    provider = new TencentSmsNotificationService({}, options("tencent-secret"))
  })
  afterAll(() => vendor.close())
  beforeEach(() => (vendor.received.length = 0))

  const ok = { status: 200, body: { Response: { SendStatusSet: [{ SerialNo: "5000:1045710669157053657849499619", PhoneNumber: "+8613812345678", Fee: 1, Code: "Ok", Message: "send success", IsoCode: "CN" }], RequestId: "a0aabda6" } } }

  it("sends the sign-in code's template with its variables in order to the E.164 number, signed with TC3", async () => {
    vendor.answers.push(ok)
    await expect(provider.send(signInCode)).resolves.toEqual({ id: "5000:1045710669157053657849499619" })
    const [request] = vendor.received
    expect(request.signatureValid).toBe(true)
    expect(request.headers["x-tc-action"]).toBe("SendSms")
    expect(request.headers["x-tc-version"]).toBe("2021-01-11")
    expect(request.headers["x-tc-region"]).toBe("ap-guangzhou")
    expect(JSON.parse(request.body)).toEqual({ PhoneNumberSet: ["+8613812345678"], SmsSdkAppId: "1400006666", SignName: "Doorstep", TemplateId: "SMS_100001", TemplateParamSet: ["402913", "5"] })
  })

  it("fills a beautician's notice by position", async () => {
    vendor.answers.push(ok)
    await provider.send(cancelled("beautician", "zh-CN"))
    expect(JSON.parse(vendor.received[0].body)).toMatchObject({ TemplateId: "SMS_100010", TemplateParamSet: ["明天 13:00", "静安区"] })
  })

  const perNumber = (Code: string, Message: string) => ({ status: 200, body: { Response: { SendStatusSet: [{ SerialNo: "", PhoneNumber: "+8613812345678", Fee: 0, Code, Message }], RequestId: "r1" } } })
  const requestError = (Code: string, Message: string) => ({ status: 200, body: { Response: { Error: { Code, Message }, RequestId: "r2" } } })
  it.each([
    [perNumber("InvalidParameterValue.IncorrectPhoneNumber", "手机号格式错误"), "SMS_INVALID_NUMBER", true],
    [perNumber("LimitExceeded.PhoneNumberThirtySecondLimit", "单个手机号30秒内下发短信条数超过设定的上限"), "SMS_RATE_LIMITED", false],
    [perNumber("FailedOperation.InsufficientBalanceInSmsPackage", "套餐包余量不足"), "SMS_INSUFFICIENT_BALANCE", false],
    [requestError("FailedOperation.TemplateIncorrectOrUnapproved", "模板未审批或内容不匹配"), "SMS_REJECTED", true],
    [requestError("UnauthorizedOperation.SerivceSuspendDueToArrears", "欠费被停止服务"), "SMS_INSUFFICIENT_BALANCE", false],
    [requestError("InternalError.Timeout", "请求下发短信超时"), "SMS_UNAVAILABLE", false],
  ])("maps Tencent Cloud's answer %j to our %s (permanent: %s)", async (answer, code, permanent) => {
    vendor.answers.push(answer)
    await expect(failureOf(provider.send(signInCode))).resolves.toEqual({ code, permanent })
    expect(vendor.received).toHaveLength(1)
  })

  it("signs with the secret it was given: the vendor can tell a wrong one", async () => {
    vendor.answers.push(requestError("AuthFailure.SignatureFailure", "The provided credentials could not be validated."))
    await expect(failureOf(new TencentSmsNotificationService({}, options("not-the-secret")).send(signInCode))).resolves.toEqual({ code: "SMS_UNAVAILABLE", permanent: false })
    expect(vendor.received[0].signatureValid).toBe(false)
  })
})

describe("SMS configuration from env", () => {
  const aliyun = { SMS_PROVIDER: "aliyun", ALIYUN_SMS_ACCESS_KEY_ID: "id", ALIYUN_SMS_ACCESS_KEY_SECRET: "secret", SMS_SIGN_NAME: "Doorstep", SMS_TEMPLATE_SIGN_IN_CODE: "SMS_1" }
  const allNotices = Object.fromEntries(Object.values(SMS_MESSAGES).map(({ env }, i) => [env, `SMS_${i + 1}`]))

  it("writes to the log in development and sends nothing in production unless a vendor is chosen", () => {
    expect(smsFromEnv({ NODE_ENV: "development" })).toEqual({ provider: "log" })
    expect(smsFromEnv({ NODE_ENV: "production" })).toEqual({ provider: "none" })
    expect(() => smsFromEnv({ NODE_ENV: "production", SMS_PROVIDER: "log" })).toThrow("not in production")
  })

  it("names every missing variable of a chosen vendor", () => {
    expect(() => smsFromEnv({ SMS_PROVIDER: "tencent", TENCENT_SMS_SECRET_ID: "id" })).toThrow("SMS_PROVIDER=tencent needs TENCENT_SMS_SECRET_KEY, TENCENT_SMS_APP_ID, SMS_SIGN_NAME, SMS_TEMPLATE_SIGN_IN_CODE")
    expect(() => smsFromEnv({ SMS_PROVIDER: "huawei" })).toThrow('SMS_PROVIDER must be aliyun, tencent or log (not "huawei")')
  })

  it("takes sign-in codes alone, or every notice's template too, never half of them", () => {
    const codesOnly = smsFromEnv(aliyun)
    expect(codesOnly).toMatchObject({ provider: "aliyun", options: { regionId: "cn-hangzhou", signName: "Doorstep", templates: { "sign-in-code": { id: "SMS_1", params: ["code", "minutes"] } } } })
    expect(smsCarriesNotices(codesOnly)).toBe(false)
    expect(() => smsFromEnv({ ...aliyun, SMS_TEMPLATE_CANCELLED: "SMS_7" })).toThrow(/needs SMS_TEMPLATE_BOOKING_CONFIRMED, SMS_TEMPLATE_EN_ROUTE, .*SMS_TEMPLATE_JOB_CANCELLED, SMS_TEMPLATE_CERTIFICATION_EXPIRING$/)
    const everything = smsFromEnv({ ...aliyun, ...allNotices, SMS_TEMPLATE_CANCELLED_EN: "SMS_77" })
    expect(smsCarriesNotices(everything)).toBe(true)
    expect(everything.provider === "aliyun" && everything.options.templates["customer.cancelled.en"]).toEqual({ id: "SMS_77", params: ["time", "fee", "refund"] })
  })

  it("takes another Aliyun host, over plain HTTP only to a loopback simulator outside production", () => {
    expect(smsFromEnv({ ...aliyun, ALIYUN_SMS_ENDPOINT: "dysmsapi.ap-southeast-1.aliyuncs.com" })).toMatchObject({ options: { endpoint: "dysmsapi.ap-southeast-1.aliyuncs.com" } })
    expect(smsFromEnv({ ...aliyun, ALIYUN_SMS_ENDPOINT: "http://127.0.0.1:9400" })).toMatchObject({ options: { endpoint: "127.0.0.1:9400", protocol: "HTTP" } })
    expect(() => smsFromEnv({ ...aliyun, NODE_ENV: "production", ALIYUN_SMS_ENDPOINT: "http://127.0.0.1:9400" })).toThrow("must be https")
  })
})
