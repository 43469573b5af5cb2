import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SIGN_IN_CODE_MODULE, type SignInCodeModuleService } from "@doorstep/accounts/modules/sign-in-code"
import { aliyunSimulator, type Simulator } from "@doorstep/accounts/simulator/sms-vendors"
import signInCodeModule from "@doorstep/accounts/modules/sign-in-code"
import type { LoaderOptions } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import createPlatformAdmin from "../../src/scripts/create-platform-admin"
import { seedDemoStore } from "../../src/seed"
import { demoLogins } from "../../src/seed/demo-data"
import { demo, settle, type Response } from "../helpers/booking"

jest.setTimeout(120 * 1000)

const PHONE = "13812345678"
const E164 = "+8613812345678"

// Codes go by Aliyun's SMS, through its SDK, to a loopback Aliyun that checks each request's signature; it must be up
// before the runner loads commerce's configuration, which picks the SMS provider from env.
const before = { ...process.env }
let aliyun: Simulator
beforeAll(async () => {
  aliyun = await aliyunSimulator("LTAI-doorstep-test", "aliyun-test-secret")
  Object.assign(process.env, {
    SMS_PROVIDER: "aliyun",
    ALIYUN_SMS_ACCESS_KEY_ID: "LTAI-doorstep-test",
    ALIYUN_SMS_ACCESS_KEY_SECRET: "aliyun-test-secret",
    ALIYUN_SMS_ENDPOINT: aliyun.url,
    SMS_SIGN_NAME: "Doorstep",
    SMS_TEMPLATE_SIGN_IN_CODE: "SMS_465320001",
  })
})
afterAll(async () => {
  await aliyun?.close()
  for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name]
})

/**
 * Signing in by phone: a code by SMS (Aliyun's, here a loopback stand-in),
 * then the code for a token. Codes expire, work once, allow five
 * tries; sending and trying are limited per phone and per address.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let publishableKey: string
    const store = (token?: string) => ({ headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) } })
    /** The texts Aliyun took, as `SMS to <E.164>: <template variables>`, oldest first. */
    const texts = () =>
      aliyun.received
        .filter((r) => r.signatureValid && r.query.get("TemplateCode") === "SMS_465320001" && r.query.get("SignName") === "Doorstep")
        .map((r) => `SMS to +86${r.query.get("PhoneNumbers")}: ${r.query.get("TemplateParam")}`)
    const codes = () => getContainer().resolve<SignInCodeModuleService>(SIGN_IN_CODE_MODULE)
    /** As if the phone's codes had been sent a minute ago (so another may be sent now). */
    const aMinuteLater = () => dbConnection.raw(`update "sign_in_code" set "created_at" = "created_at" - interval '61 seconds' where "phone" = ?`, [E164])

    beforeAll(async () => {
      publishableKey = (await seedDemoStore(getContainer())).publishableKey
    })

    beforeEach(() => void aliyun.received.splice(0))

    const askCode = (phone = PHONE, headers: Record<string, string> = {}) =>
      settle(api.post("/store/phone-codes", { phone }, { headers: { ...store().headers, ...headers } }))
    /** The code in the newest SMS to `e164`. */
    const lastCode = (e164 = E164) => {
      const text = [...texts()].reverse().find((t) => t.startsWith(`SMS to ${e164}:`))
      return text?.match(/"code":"(\d{6})"/)?.[1]
    }
    const signIn = (code: string | undefined, phone = PHONE, headers: Record<string, string> = {}): Promise<Response> =>
      settle(api.post("/auth/customer/phone-otp", { phone, code }, { headers }))

    it("texts a code, which signs a new customer in; their account carries the phone the code went to", async () => {
      const asked = await askCode("138 1234 5678")
      expect(asked.status).toBe(202)
      expect(asked.data).toMatchObject({ phone: "+86 ••• •••• 5678", resend_after_seconds: 60 })
      expect(new Date(asked.data.expires_at).getTime() - Date.now()).toBeGreaterThan(4 * 60_000)
      const code = lastCode()!
      expect(code).toMatch(/^\d{6}$/)
      expect(JSON.stringify(await codes().listSignInCodes({ phone: E164 }))).not.toContain(code) // only its HMAC is kept

      const signedIn = await signIn(code)
      expect(signedIn.status).toBe(200)
      const created = await api.post("/store/customers", { phone: "+8613900000000", first_name: "小美" }, store(signedIn.data.token))
      expect(created.data.customer).toMatchObject({ phone: E164, first_name: "小美", email: "8613812345678@phone.doorstep.invalid" })

      // Next time the same phone signs straight into that account.
      await aMinuteLater()
      await askCode()
      const again = await signIn(lastCode())
      expect((await api.get("/store/customers/me", store(again.data.token))).data.customer).toMatchObject({ id: created.data.customer.id, phone: E164 })
    })

    it("adds a proved phone to an account made by email, so the phone signs into that account", async () => {
      const account = async (email: string) => {
        const registered = await api.post("/auth/customer/emailpass/register", { email, password: "linking-password-1" })
        await api.post("/store/customers", { email, first_name: "林" }, store(registered.data.token))
        return (await api.post("/auth/customer/emailpass", { email, password: "linking-password-1" })).data.token as string
      }
      const mine = await account("linking@doorstep.local")
      const link = (token: string, code: string | undefined) => settle(api.post("/store/customers/me/phone", { phone: "139 8765 4321", code }, store(token)))
      await askCode("13987654321")
      expect((await link(mine, "000000")).data).toMatchObject({ code: "WRONG_CODE", field: "code" })
      const linked = await link(mine, lastCode("+8613987654321"))
      expect(linked.data).toEqual({ phone: "+86 ••• •••• 4321" })
      const me = (await api.get("/store/customers/me", store(mine))).data.customer
      expect(me.phone).toBe("+8613987654321")

      // The phone now signs into that same account.
      await dbConnection.raw(`update "sign_in_code" set "created_at" = "created_at" - interval '61 seconds' where "phone" = ?`, ["+8613987654321"])
      await askCode("13987654321")
      const byPhone = await signIn(lastCode("+8613987654321"), "13987654321")
      expect((await api.get("/store/customers/me", store(byPhone.data.token))).data.customer.id).toBe(me.id)

      // Nobody else can add it.
      const other = await account("someone-else@doorstep.local")
      expect((await link(other, "123456")).data).toMatchObject({ code: "PHONE_IN_USE", field: "phone" })
      expect((await settle(api.post("/store/customers/me/phone", { phone: "13987654321", code: "123456" }, store()))).status).toBe(401)
    })

    it("takes a code once, even when it is sent ten times at once", async () => {
      await askCode()
      const code = lastCode()
      const answers = await Promise.all(Array.from({ length: 10 }, () => signIn(code)))
      expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(9).fill(401)])
      expect((await signIn(code)).status).toBe(401)
    })

    it("refuses a wrong code, and after five wrong tries the right one too", async () => {
      await askCode()
      const code = lastCode()!
      const wrong = code === "000000" ? "111111" : "000000"
      const first = await signIn(wrong)
      expect(first.status).toBe(401)
      expect(first.data.message).toMatch(/wrong or has expired/)
      for (let i = 0; i < 4; i++) await signIn(wrong)
      expect((await signIn(code)).status).toBe(401)
    })

    it("refuses an expired code, and an older code once a newer one was sent", async () => {
      await askCode()
      const older = lastCode()!
      await aMinuteLater()
      await askCode()
      const newer = lastCode()!
      if (older !== newer) expect((await signIn(older)).status).toBe(401)
      const [latest] = await codes().listSignInCodes({ phone: E164 }, { order: { created_at: "DESC" }, take: 1 })
      await codes().updateSignInCodes({ id: latest.id, expires_at: new Date(Date.now() - 1000) })
      expect((await signIn(newer)).status).toBe(401)
    })

    it("sends a phone one code a minute, and an address twenty an hour", async () => {
      expect((await askCode()).status).toBe(202)
      const soon = await askCode()
      expect(soon.status).toBe(429)
      expect(soon.data).toMatchObject({ code: "CODE_TOO_SOON", retry_after_seconds: expect.any(Number) })
      expect(Number(soon.headers!["retry-after"])).toBeGreaterThan(50)
      expect(texts().filter((t) => t.startsWith(`SMS to ${E164}`))).toHaveLength(1)

      const before = texts().length
      const phones = Array.from({ length: 19 }, (_, i) => `1391234${String(i).padStart(4, "0")}`)
      for (const phone of phones) expect((await askCode(phone)).status).toBe(202)
      const twentyFirst = await askCode("13700000000")
      expect(twentyFirst.status).toBe(429)
      expect(twentyFirst.data.code).toBe("TOO_MANY_REQUESTS")
      expect(texts().length - before).toBe(19)
    })

    it("counts the address the trusted proxy forwards, and only a trusted proxy's", async () => {
      const phones = (prefix: string) => Array.from({ length: 20 }, (_, i) => `${prefix}${String(i).padStart(4, "0")}`)
      // Without TRUSTED_PROXIES a forwarded address is the client's own say: twenty an hour from this connection, whatever it claims.
      for (const [i, phone] of phones("1391111").entries()) expect((await askCode(phone, { "x-forwarded-for": `203.0.113.${i}` })).status).toBe(202)
      expect((await askCode("13711110000", { "x-forwarded-for": "203.0.113.99" })).data.code).toBe("TOO_MANY_REQUESTS")
      process.env.TRUSTED_PROXIES = "loopback"
      try {
        // Behind a proxy on this host, customers are told apart by the address it forwards.
        for (const phone of phones("1392222")) expect((await askCode(phone, { "x-forwarded-for": "198.51.100.7" })).status).toBe(202)
        expect((await askCode("13722220000", { "x-forwarded-for": "198.51.100.7" })).data.code).toBe("TOO_MANY_REQUESTS")
        expect((await askCode("13722220001", { "x-forwarded-for": "198.51.100.8" })).status).toBe(202)
        // An address the client put before the proxy's own entry is believed no further than the proxy.
        expect((await askCode("13722220002", { "x-forwarded-for": "198.51.100.8, 198.51.100.7" })).data.code).toBe("TOO_MANY_REQUESTS")
      } finally {
        delete process.env.TRUSTED_PROXIES
      }
    })

    it("sends a phone at most five codes an hour", async () => {
      for (let i = 0; i < 5; i++) {
        expect((await askCode()).status).toBe(202)
        await aMinuteLater()
      }
      const sixth = await askCode()
      expect(sixth.status).toBe(429)
      expect(sixth.data.code).toBe("TOO_MANY_CODES")
      expect(texts()).toHaveLength(5)
    })

    it("makes an address wait after twenty wrong codes, whatever address header it sends", async () => {
      for (let i = 0; i < 20; i++) expect((await signIn("000000", PHONE, { "x-doorstep-client-ip": `10.0.0.${i}` })).status).toBe(401)
      const paused = await signIn("000000")
      expect(paused.status).toBe(429)
      expect(paused.data.code).toBe("TOO_MANY_ATTEMPTS")
    })

    it("tells the customer why Aliyun would not text the code, and takes the code back, so asking again works", async () => {
      const cases = [
        [{ Code: "isv.BUSINESS_LIMIT_CONTROL", Message: "触发号码天级流控Permits:10" }, 429, "SMS_RATE_LIMITED"],
        [{ Code: "isv.MOBILE_NUMBER_ILLEGAL", Message: "非法手机号" }, 400, "INVALID_PHONE"],
        [{ Code: "isv.AMOUNT_NOT_ENOUGH", Message: "账户余额不足" }, 503, "SMS_UNAVAILABLE"],
      ] as const
      for (const [body, status, code] of cases) {
        aliyun.answers.push({ status: 200, body: { ...body, RequestId: "F655A8D5-B967-440B-8683-DAD6FF8DE990" } })
        const refused = await askCode()
        expect([refused.status, refused.data.code]).toEqual([status, code])
        expect(await codes().listSignInCodes({ phone: E164 })).toHaveLength(0)
      }
      expect(aliyun.received.map((r) => r.signatureValid)).toEqual([true, true, true])
      expect((await askCode()).status).toBe(202)
      expect((await signIn(lastCode())).status).toBe(200)
    })

    it("refuses what is not a mobile number, or carries unknown fields, and sends nothing", async () => {
      const before = texts().length
      for (const [body, code] of [
        [{ phone: "02162881266" }, "INVALID_PHONE"],
        [{ phone: "1234" }, "INVALID_INPUT"],
        [{ phone: PHONE, channel: "voice" }, "INVALID_INPUT"],
      ] as const) {
        const answer = await settle(api.post("/store/phone-codes", body, store()))
        expect(answer.status).toBe(400)
        expect(answer.data.code).toBe(code)
      }
      expect(texts().length).toBe(before)
      expect(await codes().listSignInCodes({})).toHaveLength(0)
    })

    it("makes an account wait after ten wrong passwords, counted exactly when they come at once, and an address after fifty", async () => {
      const email = "guessed@doorstep.local"
      const password = "guessed-password-1"
      await api.post("/auth/customer/emailpass/register", { email, password })
      const tryPassword = (tried: string, account = email) => settle(api.post("/auth/customer/emailpass", { email: account, password: tried }))
      const tries = async () => Number((await dbConnection.raw(`select count(*) as n from "password_try" where "email" = ?`, [email])).rows[0].n)

      // A right password forgets the wrong ones before it.
      expect((await tryPassword("wrong-1")).status).toBe(401)
      expect((await tryPassword("wrong-2")).status).toBe(401)
      expect((await tryPassword(password)).status).toBe(200)
      expect(await tries()).toBe(0)

      const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => tryPassword(`guess-${i}`)))
      expect(guesses.map((g) => g.status).sort()).toEqual([...Array(10).fill(401), 429, 429])
      const locked = await tryPassword(password)
      expect(locked).toMatchObject({ status: 429, data: { code: "TOO_MANY_ATTEMPTS" } })
      expect(Number(locked.headers?.["retry-after"])).toBeGreaterThan(800)
      expect(locked.data.retry_after_seconds).toBe(Number(locked.headers?.["retry-after"]))

      // Other accounts from the same address go on, until the address has tried fifty wrong ones.
      const others = await Promise.all(Array.from({ length: 40 }, (_, i) => tryPassword("nope", `nobody-${i}@doorstep.local`)))
      expect(others.map((o) => o.status)).toEqual(Array(40).fill(401))
      expect((await tryPassword("nope", "nobody-41@doorstep.local")).data.code).toBe("TOO_MANY_ATTEMPTS")

      // Fifteen minutes on, the account signs in again.
      await dbConnection.raw(`update "password_try" set "created_at" = "created_at" - interval '15 minutes'`)
      expect((await tryPassword(password)).status).toBe(200)
    })

    describe("beauticians", () => {
      const beautician = demo.beauticians[0] as { handle: string; phone: string; email: string }
      const national = beautician.phone.replace(/^\+86/, "")
      const askFor = (actor_type: string, phone = national) => settle(api.post("/store/phone-codes", { phone, actor_type }, store()))
      const signInAs = (actor: string, code: string | undefined, phone = national, headers: Record<string, string> = {}) =>
        settle(api.post(`/auth/${actor}/phone-otp`, { phone, code }, { headers }))
      const pro = (path: string, token: string) => settle(api.get(path, { headers: { authorization: `Bearer ${token}` } }))
      const later = (e164: string) => dbConnection.raw(`update "sign_in_code" set "created_at" = "created_at" - interval '61 seconds' where "phone" = ?`, [e164])

      it("signs a beautician whose row carries the phone in to their portal by code, and by email as before", async () => {
        expect((await askFor("beautician")).status).toBe(202)
        expect(texts().at(-1)).toMatch(new RegExp(`^SMS to \\${beautician.phone}: `))
        const signedIn = await signInAs("beautician", lastCode(beautician.phone))
        expect(signedIn.status).toBe(200)
        const me = (await pro("/pro/me", signedIn.data.token)).data.beautician
        expect(me.handle).toBe(beautician.handle)

        await later(beautician.phone)
        await askFor("beautician")
        const again = await signInAs("beautician", lastCode(beautician.phone))
        expect((await pro("/pro/me", again.data.token)).data.beautician.id).toBe(me.id)
        const byEmail = await api.post("/auth/beautician/emailpass", { email: beautician.email, password: demo.accounts.beautician.password })
        expect((await pro("/pro/me", byEmail.data.token)).data.beautician.id).toBe(me.id)
      })

      it("gives a phone no beautician has a token for applying, not for the portal", async () => {
        await askFor("beautician", PHONE)
        const signedIn = await signInAs("beautician", lastCode(), PHONE)
        expect(signedIn.status).toBe(200)
        expect((await pro("/pro/me", signedIn.data.token)).status).toBe(401)
        expect((await pro("/pro/offers", signedIn.data.token)).status).toBe(401)
        expect((await pro("/pro/studios", signedIn.data.token)).status).toBe(200)
        expect((await pro("/pro/application", signedIn.data.token)).data).toEqual({ beautician: null, application: null })
      })

      it("keeps customers' codes and beauticians' apart, under the same limits", async () => {
        await askFor("customer")
        const customerCode = lastCode(beautician.phone)
        expect((await signInAs("beautician", customerCode)).status).toBe(401)
        // Asking for a beautician's code a moment later counts against the same phone.
        const soon = await askFor("beautician")
        expect([soon.status, soon.data.code]).toEqual([429, "CODE_TOO_SOON"])
        const asCustomer = await signInAs("customer", customerCode)
        expect(asCustomer.status).toBe(200)
        expect((await pro("/pro/me", asCustomer.data.token)).status).toBe(401)
        expect((await pro("/pro/studios", asCustomer.data.token)).status).toBe(401)

        await later(beautician.phone)
        await askFor("beautician")
        expect((await signInAs("customer", lastCode(beautician.phone))).status).toBe(401)
        // Nor are phone codes a way into the back office.
        const asStaff = await signInAs("user", lastCode(beautician.phone))
        expect([asStaff.status >= 400, asStaff.data.token]).toEqual([true, undefined])
        expect((await signInAs("beautician", lastCode(beautician.phone))).status).toBe(200)
        const unknownActor = await settle(api.post("/store/phone-codes", { phone: national, actor_type: "user" }, store()))
        expect([unknownActor.status, unknownActor.data.code, unknownActor.data.field]).toEqual([400, "INVALID_INPUT", "actor_type"])
      })

      it("refuses a wrong or expired beautician's code, five tries at most", async () => {
        await askFor("beautician")
        const code = lastCode(beautician.phone)!
        const wrong = code === "000000" ? "111111" : "000000"
        for (let i = 0; i < 5; i++) expect((await signInAs("beautician", wrong)).status).toBe(401)
        expect((await signInAs("beautician", code)).status).toBe(401)
        await later(beautician.phone)
        await askFor("beautician")
        const [latest] = await codes().listSignInCodes({ phone: beautician.phone }, { order: { created_at: "DESC" }, take: 1 })
        expect(latest.actor_type).toBe("beautician")
        await codes().updateSignInCodes({ id: latest.id, expires_at: new Date(Date.now() - 1000) })
        expect((await signInAs("beautician", lastCode(beautician.phone))).status).toBe(401)
      })

      it("takes nobody's word for whose phone it is", async () => {
        const [real] = await dbConnection.raw(`select "id" from "beautician" where "handle" = ?`, [beautician.handle]).then((r: { rows: Array<{ id: string }> }) => r.rows)
        const forged = [
          `${real.id}.${"0".repeat(64)}`,
          // Vouched for, but for the beautician's own phone, not the one signing in.
          codes().vouchForPhoneActor("beautician", beautician.phone, real.id),
        ]
        for (const [i, header] of forged.entries()) {
          const phone = `1371234000${i}`
          await askFor("beautician", phone)
          const signedIn = await signInAs("beautician", lastCode(`+86${phone}`), phone, { "x-doorstep-phone-actor": header })
          expect(signedIn.status).toBe(200)
          expect((await pro("/pro/me", signedIn.data.token)).status).toBe(401)
        }
      })
    })

    describe("demo logins in production", () => {
      /** The accounts module's start-up loaders, run as commerce runs them in production (medusa-config passes the demo logins then). */
      const startInProduction = async () => {
        const options = { codeSecret: "test", demoLogins: demoLogins(demo) }
        for (const load of signInCodeModule.loaders ?? []) {
          await (load as (options: LoaderOptions) => Promise<void>)({ container: { resolve: () => dbConnection } as never, options, logger: console as never })
        }
      }

      it("stops start-up while a demo login still opens with its demo password, and starts once every one is changed", async () => {
        const logins = demoLogins(demo)
        await expect(startInProduction()).rejects.toThrow(
          `Refusing to start in production: ${logins.length} account(s) still sign in with the demo password (${[...logins.map((l) => l.email)].sort().slice(0, 5).join(", ")} and ${logins.length - 5} more). Change their passwords or delete them, then start again.`,
        )
        const auth = getContainer().resolve(Modules.AUTH)
        for (const { email } of logins.slice(1)) await auth.updateProvider("emailpass", { entity_id: email, password: `changed-${email}` })
        await expect(startInProduction()).rejects.toThrow(`1 account(s) still sign in with the demo password (${logins[0].email}).`)
        await auth.updateProvider("emailpass", { entity_id: logins[0].email, password: "a-password-of-their-own" })
        await expect(startInProduction()).resolves.toBeUndefined()
        // And the changed password is the one that signs in.
        expect((await settle(api.post("/auth/user/emailpass", { email: logins[0].email, password: "a-password-of-their-own" }))).status).toBe(200)
      })

      it("gives a production deployment its first platform admin from env, who can sign in to the back office", async () => {
        const env = { ...process.env }
        try {
          Object.assign(process.env, { DOORSTEP_ADMIN_EMAIL: "ops@studio.example", DOORSTEP_ADMIN_PASSWORD: "short" })
          await expect(createPlatformAdmin({ container: getContainer() } as never)).rejects.toThrow("at least 12 characters")
          process.env.DOORSTEP_ADMIN_PASSWORD = "a-long-passphrase-2026"
          await createPlatformAdmin({ container: getContainer() } as never)
        } finally {
          process.env = env
        }
        const token = (await api.post("/auth/user/emailpass", { email: "ops@studio.example", password: "a-long-passphrase-2026" })).data.token
        const me = await settle(api.get("/admin/users/me", { headers: { authorization: `Bearer ${token}` } }))
        expect([me.status, me.data.user?.metadata?.role]).toEqual([200, "platform_admin"])
        // Only the platform's admins reach the platform's own lists.
        expect((await settle(api.get("/admin/orders", { headers: { authorization: `Bearer ${token}` } }))).status).toBe(200)
      })

      it("seeds the store and its catalogue but no demo studio, person or promotion", async () => {
        // Demo data of people nobody has seeded yet, so what production leaves out is visible.
        const fresh = (email: string) => email.replace("@", "+prod@")
        const data = {
          ...demo,
          merchants: demo.merchants.map((m) => ({ ...m, handle: `prod-${m.handle}` })),
          beauticians: demo.beauticians.map((b) => ({ ...b, handle: `prod-${b.handle}`, email: fresh(b.email), merchant: `prod-${b.merchant}` })),
          accounts: {
            ...demo.accounts,
            commerce_admin: { ...demo.accounts.commerce_admin, email: fresh(demo.accounts.commerce_admin.email) },
            customer: { ...demo.accounts.customer, email: fresh(demo.accounts.customer.email) },
            staff: demo.accounts.staff.map((member) => ({ ...member, email: fresh(member.email) })),
          },
        }
        await dbConnection.raw(`update "promotion" set "deleted_at" = now() where "code" in ('WELCOME30', 'DOUBLE12')`)
        const setup = await seedDemoStore(getContainer(), data, { demo: false })
        expect(setup.publishableKey).toMatch(/^pk_/)
        const count = async (sql: string, bindings: unknown[]) => Number((await dbConnection.raw(sql, bindings)).rows[0].n)
        expect(await count(`select count(*) as n from "provider_identity" where "entity_id" = any(?)`, [demoLogins(data).map((l) => l.email)])).toBe(0)
        expect(await count(`select count(*) as n from "beautician" where "handle" like 'prod-%'`, [])).toBe(0)
        expect(await count(`select count(*) as n from "merchant" where "handle" like 'prod-%'`, [])).toBe(0)
        expect(await count(`select count(*) as n from "promotion" where "code" in ('WELCOME30', 'DOUBLE12') and "deleted_at" is null`, [])).toBe(0)
        const services = await api.get("/store/products?handle=tuina-massage", store())
        expect(services.data.products).toHaveLength(1)
      })
    })
  },
})
