import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { createPublicKey, verify } from "node:crypto"
import { Formatter, Rsa } from "wechatpay-axios-plugin"
import goKeys from "../../../lib/__tests__/vectors/wechatpay-go-signing.json"
import published from "../../../lib/__tests__/vectors/wechatpay-go-notification.json"
import { WechatpayProviderService } from "../service"

/**
 * How our provider signs its requests to WeChat Pay (`Authorization:
 * WECHATPAY2-SHA256-RSA2048 ...`), checked against wechatpay-go's published test
 * key, signature and Authorization messages (see the vector file's source).
 */

const merchantPrivateKey = goKeys.privateKey.replaceAll("TESTING KEY", "PRIVATE KEY")
const { authorization } = goKeys

/** The message WeChat Pay verifies a request against: method, path and query, timestamp, nonce, body, each ended by "\n". */
const requestMessage = (method: string, url: string, timestamp: string, nonce: string, body: string) => `${method}\n${url}\n${timestamp}\n${nonce}\n${body}\n`

/** The header's parameters by name: WeChat Pay takes them in any order. */
const parseAuthorization = (header: string) => {
  const [scheme, params] = [header.slice(0, header.indexOf(" ")), header.slice(header.indexOf(" ") + 1)]
  return { scheme, ...Object.fromEntries([...params.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name, value])) } as Record<string, string>
}

interface Captured {
  method: string
  url: string
  authorization: string
  body: string
}

describe("WeChat Pay request signing, against wechatpay-go's published vectors", () => {
  const captured: Captured[] = []
  let server: Server
  let provider: WechatpayProviderService

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = ""
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")))
      request.on("end", () => {
        captured.push({ method: request.method ?? "", url: request.url ?? "", authorization: String(request.headers.authorization), body })
        response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ code: "PARAM_ERROR", message: "captured" }))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    provider = new WechatpayProviderService(
      {},
      {
        mchid: goKeys.signature.mchid,
        appid: "wxd678efh567hg6787",
        merchantSerial: goKeys.signature.serial,
        merchantPrivateKey,
        platformSerial: published.platformSerial,
        platformPublicKey: published.platformCertificate,
        apiV3Key: "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb",
        notifyUrl: "https://doorstep.example/hooks/payments/wechatpay",
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      },
    )
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))
  beforeEach(() => {
    captured.length = 0
    jest.spyOn(Formatter, "nonce").mockReturnValue(authorization.nonce)
    jest.spyOn(Formatter, "timestamp").mockReturnValue(Number(authorization.timestamp))
  })
  afterEach(() => jest.restoreAllMocks())

  it("signs with RSA-SHA256 (PKCS#1 v1.5): the published key signs the published message to the published signature", () => {
    expect(Rsa.sign(goKeys.signature.message, merchantPrivateKey)).toBe(goKeys.signature.signature)
  })

  it("builds the message exactly as the published Authorization headers show it", () => {
    for (const request of authorization.requests) {
      const message = requestMessage(request.method, request.url, authorization.timestamp, authorization.nonce, request.body)
      expect(parseAuthorization(request.header).signature).toBe(`Sign:${message}`)
    }
  })

  const sent = async (call: () => Promise<unknown>): Promise<Captured> => {
    await expect(call()).rejects.toThrow() // the capturing gateway refuses everything
    expect(captured).toHaveLength(1)
    return captured[0]
  }

  const expectSigned = (request: Captured) => {
    const header = parseAuthorization(request.authorization)
    expect(header).toMatchObject({
      scheme: "WECHATPAY2-SHA256-RSA2048",
      mchid: goKeys.signature.mchid,
      serial_no: goKeys.signature.serial,
      nonce_str: authorization.nonce,
      timestamp: authorization.timestamp,
    })
    const message = requestMessage(request.method, request.url, header.timestamp, header.nonce_str, request.body)
    // The certificate of the same published key pair: WeChat Pay verifies with the merchant's certificate.
    expect(verify("sha256", Buffer.from(message), createPublicKey(published.platformCertificate), Buffer.from(header.signature, "base64"))).toBe(true)
  }

  it("signs an order (POST) over the very bytes it sends", async () => {
    const request = await sent(() => provider.initiatePayment({ amount: 218, currency_code: "cny", data: { session_id: "payses_v1", description: "上门推拿 60 分钟" } }))
    expect(request).toMatchObject({ method: "POST", url: "/v3/pay/transactions/native" })
    expect(JSON.parse(request.body)).toMatchObject({ mchid: "1234567890", out_trade_no: "payses_v1", description: "上门推拿 60 分钟", amount: { total: 21800, currency: "CNY" } })
    expectSigned(request)
  })

  it("signs a query (GET) over its path and query string, with an empty body", async () => {
    const request = await sent(() => provider.retrievePayment({ data: { out_trade_no: "payses_v1", channel: "native", total_fen: 21800 } }))
    expect(request).toMatchObject({ method: "GET", url: "/v3/pay/transactions/out-trade-no/payses_v1?mchid=1234567890", body: "" })
    expectSigned(request)
  })
})
