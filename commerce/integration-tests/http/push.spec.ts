import { createECDH, randomBytes } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { DISPATCH_MODULE, type DispatchModuleService } from "@doorstep/dispatch/modules/dispatch"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import webpush from "web-push"
import { atOn, beauticianToken, bookAndPay, bookingDay, prepareBooking, settle, type Booking } from "../helpers/booking"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ece = require("http_ece") as { decrypt(buffer: Buffer, params: { version: string; privateKey: ReturnType<typeof createECDH>; authSecret: Buffer }): Buffer }

jest.setTimeout(180 * 1000)

// Commerce signs pushes with these; they must be in env before the runner loads commerce's configuration.
const vapid = webpush.generateVAPIDKeys()
const before = { ...process.env }
beforeAll(() => {
  process.env.VAPID_PUBLIC_KEY = vapid.publicKey
  process.env.VAPID_PRIVATE_KEY = vapid.privateKey
})
afterAll(() => {
  for (const name of ["VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY"]) if (!(name in before)) delete process.env[name]
})

/** A stand-in for a browser's push service on loopback: it records what commerce sends, and answers as told. */
function pushService() {
  const received: Array<{ path: string; headers: http.IncomingHttpHeaders; body: Buffer }> = []
  let answer = 201
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) })
    res.writeHead(answer).end()
  })
  return {
    received,
    answerWith: (status: number) => (answer = status),
    start: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise((resolve) => server.close(resolve)),
  }
}

/** Web Push for beauticians: a browser subscribes; a new offer wakes it with an encrypted, signed message. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let booking: Booking
    let token: string
    let origin: string
    const service = pushService()
    const at = atOn(bookingDay())
    const pro = { headers: {} as Record<string, string> }
    // The browser's own keys: the message is encrypted for them.
    const browser = createECDH("prime256v1")
    browser.generateKeys()
    const authSecret = randomBytes(16)
    const subscription = (path: string) => ({ endpoint: `${origin}${path}`, keys: { p256dh: browser.getPublicKey().toString("base64url"), auth: authSecret.toString("base64url") } })

    beforeAll(async () => {
      origin = await service.start()
      booking = await prepareBooking(api, getContainer())
      token = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      pro.headers = { authorization: `Bearer ${token}` }
    })
    afterAll(() => service.stop())

    async function waitForPush(count: number) {
      for (let i = 0; i < 50 && service.received.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 100))
      return service.received
    }

    it("wakes the beautician's browser for a new offer, signed with our VAPID key and readable only by that browser", async () => {
      expect((await api.get("/pro/push/vapid-key", pro)).data.public_key).toBe(vapid.publicKey)
      expect((await api.post("/pro/push-subscriptions", subscription("/push/phone-1"), pro)).status).toBe(201)
      const id = await bookAndPay(api, booking, at("13:00:00"))

      const [push] = await waitForPush(1)
      expect(push.path).toBe("/push/phone-1")
      expect(push.headers["content-encoding"]).toBe("aes128gcm")
      expect(push.headers.ttl).toBe("180")
      expect(push.headers.urgency).toBe("high")
      expect(push.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`))
      const message = JSON.parse(ece.decrypt(push.body, { version: "aes128gcm", privateKey: browser, authSecret }).toString("utf8"))
      expect(message).toMatchObject({ title: "新的预约邀请 · New job offer", url: "/pro", tag: `offer-${id}` })
      expect(message.body).toContain("浦东新区")
    })

    it("forgets a subscription the push service says is gone, and lets the beautician turn notifications off", async () => {
      const dispatch = () => getContainer().resolve<DispatchModuleService>(DISPATCH_MODULE)
      await api.post("/pro/push-subscriptions", subscription("/push/gone"), pro)
      service.answerWith(410)
      await bookAndPay(api, booking, at("15:00:00"))
      for (let i = 0; i < 50 && (await dispatch().listPushSubscriptions({ endpoint: `${origin}/push/gone` })).length > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(await dispatch().listPushSubscriptions({ endpoint: `${origin}/push/gone` })).toEqual([])
      service.answerWith(201)

      await api.post("/pro/push-subscriptions", subscription("/push/off"), pro)
      expect((await api.delete("/pro/push-subscriptions", { ...pro, data: { endpoint: `${origin}/push/off` } })).data.subscribed).toBe(false)
      expect(await dispatch().listPushSubscriptions({ endpoint: `${origin}/push/off` })).toEqual([])
    })

    it("refuses endpoints that are not browser push services", async () => {
      const refused = await settle(api.post("/pro/push-subscriptions", { ...subscription(""), endpoint: "https://internal.example/admin" }, pro))
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("PUSH_ENDPOINT_NOT_ALLOWED")
      expect((await settle(api.post("/pro/push-subscriptions", { endpoint: "not a url", keys: {} }, pro))).status).toBe(400)
    })
  },
})
