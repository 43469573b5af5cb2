import { startWechatLogin, type WechatLoginSimulator } from "@doorstep/accounts/simulator/wechat-login"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { prepareBooking, settle, type Booking } from "../helpers/booking"

jest.setTimeout(120 * 1000)

// The WeChat sign-in simulator must be up before the runner loads commerce's configuration, which registers the provider from env.
const before = { ...process.env }
let simulator: WechatLoginSimulator
beforeAll(async () => {
  const login = await startWechatLogin("https://app.doorstep.example/auth/wechat/callback")
  simulator = login.simulator
  Object.assign(process.env, login.env)
})
afterAll(async () => {
  await simulator?.stop()
  for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name]
})

/**
 * Sign-in with WeChat end to end: commerce's provider sends the customer to
 * (the local stand-in for) WeChat, trades the code WeChat sends back, and
 * signs them in; the first time, they make their account with no email of
 * their own.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let booking: Booking

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
    })

    /** Starts a sign-in and confirms it in "WeChat"; resolves to what WeChat sends back to our callback. */
    async function viaWechat() {
      const { location } = (await api.post("/auth/customer/wechat", {})).data
      const url = new URL(location.replace(/#wechat_redirect$/, ""))
      url.searchParams.set("confirm", "1")
      const back = new URL((await fetch(url, { redirect: "manual" })).headers.get("location")!)
      return { code: back.searchParams.get("code")!, state: back.searchParams.get("state")!, callback: back.origin + back.pathname }
    }
    const callback = (code: string, state: string) => settle(api.get(`/auth/customer/wechat/callback?code=${code}&state=${state}`))

    it("signs a new WeChat user in, lets them make an account without an email, and knows them next time", async () => {
      simulator.user = { openid: "o-test-1", unionid: "u-test-1", nickname: "小雨", headimgurl: "https://thirdwx.qlogo.cn/t/1" }
      const first = await viaWechat()
      expect(first.callback).toBe("https://app.doorstep.example/auth/wechat/callback")
      const { token } = (await callback(first.code, first.state)).data
      expect(token).toEqual(expect.any(String))
      const created = await api.post("/store/customers", {}, booking.store(token))
      expect(created.data.customer).toMatchObject({ first_name: "小雨", email: "u-test-1@wechat.doorstep.invalid" })

      const again = await viaWechat()
      const second = (await callback(again.code, again.state)).data.token
      // Signed in again (a fresh token from the callback may still need a refresh to carry the actor).
      const refreshed = (await settle(api.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${second}` } }))).data.token ?? second
      expect((await api.get("/store/customers/me", booking.store(refreshed))).data.customer.id).toBe(created.data.customer.id)
    })

    it("refuses a code used twice, a made-up code and a state it did not issue", async () => {
      const { code, state } = await viaWechat()
      expect((await callback(code, state)).status).toBe(200)
      expect((await callback(code, state)).status).toBe(401)
      const fresh = await viaWechat()
      expect((await callback("made-up-code", fresh.state)).status).toBe(401)
      expect((await callback(fresh.code, "not-our-state")).status).toBe(401)
    })
  },
})
