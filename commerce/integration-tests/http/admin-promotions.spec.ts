import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { address, atOn, bookingDay, demo, prepareBooking, settle, staffAccount, ZONE, type Booking } from "../helpers/booking"

jest.setTimeout(180 * 1000)

/** A studio's own service, as its manager adds it. */
const service = (name: string, priceFen: number) => ({
  title: { "zh-CN": name, en: name },
  category: "massage",
  status: "published",
  variants: [{ title: { "zh-CN": "60 分钟", en: "60 min" }, duration_minutes: 60, price_fen: priceFen }],
})

/**
 * Promotions in the back office (M10): a studio's codes for its own services,
 * the platform's for any, on Medusa's promotion module — scoped on the server,
 * checked whole before anything is written, and what a customer's cart then
 * takes off. (Each test starts from the data `beforeAll` made: Medusa's
 * runner restores the database before every test.)
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    const tokens = {} as Record<"platform" | "managerA" | "staffA" | "managerB", string>
    const services = { a: { product: "", variant: "" }, b: { product: "", variant: "" }, platform: "" }
    /** Who performs each studio's service: A's by the test beautician, B's by one of B's own. */
    const performers = { a: "", b: "" }
    const A = "/admin/merchants/jingan-lumiere/promotions"
    const B = "/admin/merchants/xuhui-qingyu/promotions"
    const PLATFORM = "/admin/marketing/promotions"
    const day = bookingDay()
    const later = DateTime.fromISO(day, { zone: ZONE }).plus({ days: 1 }).toISODate()!
    const as = (who: keyof typeof tokens) => ({ headers: { authorization: `Bearer ${tokens[who]}` } })
    const promotionCount = async () => Number((await dbConnection.raw(`select count(*) as n from "promotion" where "deleted_at" is null`)).rows[0].n)

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      const { email, password } = demo.accounts.commerce_admin
      tokens.platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      tokens.managerA = await staffAccount(api, getContainer(), "promo.manager.a@doorstep.local", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      tokens.staffA = await staffAccount(api, getContainer(), "promo.staff.a@doorstep.local", { role: "merchant_staff", merchant_handle: "jingan-lumiere" })
      tokens.managerB = await staffAccount(api, getContainer(), "promo.manager.b@doorstep.local", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })
      const a = (await api.post("/admin/merchants/jingan-lumiere/services", service("静安店精油按摩", 19800), as("managerA"))).data.service
      const b = (await api.post("/admin/merchants/xuhui-qingyu/services", service("徐汇店头疗", 16800), as("managerB"))).data.service
      services.a = { product: a.id, variant: a.variants[0].id }
      services.b = { product: b.id, variant: b.variants[0].id }
      services.platform = (await api.get(`/store/products?handle=tuina-massage&fields=id`, booking.store())).data.products[0].id
      // A's test beautician performs A's service; one of B's performs B's.
      const appointments = getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
      await appointments.updateBeauticians({ id: booking.beauticianId, skill_product_ids: [services.platform, services.a.product] })
      const [ofB] = await appointments.createBeauticians([
        { handle: "test-xuhui-promo", merchant_handle: "xuhui-qingyu", display_name: "徐汇测试", email: "test-xuhui-promo@doorstep.local", phone: "+8613900000011", status: "active", timezone: ZONE, home_lat: 31.2304, home_lng: 121.4737, service_radius_km: 15, skill_product_ids: [services.b.product] },
      ])
      await appointments.createWorkingHours([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ beautician_id: ofB.id, weekday, start_time: "09:00", end_time: "21:00" })))
      performers.a = booking.beauticianId
      performers.b = ofB.id
    })

    /** Holds `start` for the variant, puts it in a cart, applies `code`, and answers the cart as it then stands. */
    async function cartWithCode(variant: string, start: string, code: string) {
      const store = booking.store(booking.customerToken)
      const beautician = variant === services.b.variant ? performers.b : performers.a
      const held = await settle(api.post("/store/appointments", { variant_id: variant, start, address: address(), beautician_id: beautician }, store))
      if (held.status !== 201) throw new Error(JSON.stringify(held.data))
      const cart = (await api.post("/store/carts", { region_id: booking.regionId }, store)).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant, quantity: 1, metadata: { appointment_id: held.data.appointment.id } }, store)
      return { id: cart.id as string, ...(await applyCode(cart.id, code)) }
    }
    async function applyCode(cartId: string, code: string) {
      const store = booking.store(booking.customerToken)
      const applied = await settle(api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, store))
      const cart = (await api.get(`/store/carts/${cartId}`, store)).data.cart
      return { status: applied.status, total: Number(cart.total), discount: Number(cart.discount_total ?? 0), codes: (cart.promotions ?? []).map((p: { code: string }) => p.code) }
    }
    async function pay(cartId: string) {
      const store = booking.store(booking.customerToken)
      const collection = (await api.post("/store/payment-collections", { cart_id: cartId }, store)).data.payment_collection
      await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.data.type).toBe("order")
    }

    it("lets a studio's manager add a code for its services, its staff read it, and hides it from another studio", async () => {
      const created = await settle(api.post(A, { code: "lumiere20", kind: "percentage", percent: 20, product_ids: [services.a.product] }, as("managerA")))
      expect(created.status).toBe(201)
      const promotion = created.data.promotion
      expect(promotion).toMatchObject({ code: "LUMIERE20", merchant_handle: "jingan-lumiere", kind: "percentage", percent: 20, amount_fen: null, applies_to: "services", product_ids: [services.a.product], status: "active", state: "active", uses: 0, usage_limit: null })

      const listed = (await api.get(`${A}?q=lumiere`, as("staffA"))).data
      expect(listed.promotions.map((p: { id: string }) => p.id)).toEqual([promotion.id])
      expect(listed.count).toBe(1)
      expect((await api.get(`${A}/${promotion.id}`, as("staffA"))).data.promotion.code).toBe("LUMIERE20")

      // Another studio: not in its list, and not found by id under its own path or A's.
      expect((await api.get(B, as("managerB"))).data.promotions.map((p: { id: string }) => p.id)).not.toContain(promotion.id)
      for (const path of [`${B}/${promotion.id}`, `${A}/${promotion.id}`]) {
        expect((await settle(api.get(path, as("managerB")))).status).toBe(404)
      }
      const before = await promotionCount()
      const refused = await settle(api.post(`${B}/${promotion.id}`, { status: "inactive" }, as("managerB")))
      expect(refused).toMatchObject({ status: 404, data: { code: "PROMOTION_NOT_FOUND" } })
      // Studio staff read codes but do not write them.
      expect((await settle(api.post(A, { code: "STAFF10", kind: "percentage", percent: 10, product_ids: [services.a.product] }, as("staffA")))).status).toBe(403)
      expect((await settle(api.post(`${A}/${promotion.id}`, { status: "inactive" }, as("staffA")))).status).toBe(403)
      expect(await promotionCount()).toBe(before)
      expect((await api.get(`${A}/${promotion.id}`, as("managerA"))).data.promotion.status).toBe("active")

      // The platform sees every studio's codes with the studio named, beside its own.
      const all = (await api.get(`${PLATFORM}?merchant_handle=jingan-lumiere`, as("platform"))).data.promotions
      expect(all.find((p: { id: string }) => p.id === promotion.id)).toMatchObject({ merchant_handle: "jingan-lumiere", studio_name: expect.any(String) })
      const own = (await api.get(`${PLATFORM}?owner=platform`, as("platform"))).data.promotions.map((p: { code: string }) => p.code)
      expect(own).toEqual(expect.arrayContaining(["WELCOME30", "DOUBLE12"]))
      expect(own).not.toContain("LUMIERE20")
    })

    it("refuses bad input and a code in use with a stable code, writing nothing", async () => {
      const before = await promotionCount()
      const cases: Array<[unknown, number, string]> = [
        [{ code: "XUHUI10", kind: "percentage", percent: 10, product_ids: [services.b.product] }, 400, "SERVICE_NOT_IN_STUDIO"],
        [{ code: "TUINA10", kind: "percentage", percent: 10, product_ids: [services.a.product, services.platform] }, 400, "SERVICE_NOT_IN_STUDIO"],
        [{ code: "NOSERVICE", kind: "percentage", percent: 10 }, 400, "PROMOTION_NEEDS_SERVICES"],
        [{ code: "MIXED", kind: "percentage", amount_fen: 1000, product_ids: [services.a.product] }, 400, "INVALID_INPUT"],
        [{ code: "TOOMUCH", kind: "percentage", percent: 150, product_ids: [services.a.product] }, 400, "INVALID_INPUT"],
        [{ code: "HALFFEN", kind: "fixed", amount_fen: 10.5, product_ids: [services.a.product] }, 400, "INVALID_INPUT"],
        [{ code: "BACKWARDS", kind: "fixed", amount_fen: 1000, product_ids: [services.a.product], starts_at: "2026-12-10T00:00:00+08:00", ends_at: "2026-12-01T00:00:00+08:00" }, 400, "INVALID_INPUT"],
        [{ code: "NOZONE", kind: "fixed", amount_fen: 1000, product_ids: [services.a.product], ends_at: "2026-12-10T00:00:00" }, 400, "INVALID_INPUT"],
        [{ code: "优惠", kind: "fixed", amount_fen: 1000, product_ids: [services.a.product] }, 400, "INVALID_INPUT"],
        [{ code: "EXTRA", kind: "fixed", amount_fen: 1000, product_ids: [services.a.product], is_automatic: true }, 400, "INVALID_INPUT"],
        [{ code: "welcome30", kind: "fixed", amount_fen: 1000, product_ids: [services.a.product] }, 409, "PROMOTION_CODE_TAKEN"],
      ]
      for (const [body, status, code] of cases) {
        const answer = await settle(api.post(A, body, as("managerA")))
        expect([JSON.stringify(body), answer.status, answer.data.code]).toEqual([JSON.stringify(body), status, code])
      }
      expect((await settle(api.post(PLATFORM, { code: "GHOST", kind: "fixed", amount_fen: 1000, product_ids: ["prod_nope"] }, as("platform")))).data.code).toBe("UNKNOWN_SERVICE")
      expect((await settle(api.post(PLATFORM, { code: "STUDIO", kind: "fixed", amount_fen: 1000 }, as("managerA")))).status).toBe(403)
      expect(await promotionCount()).toBe(before)

      // Two managers' tabs asking for the same new code at once: one gets it.
      const body = { code: "TWICE", kind: "fixed", amount_fen: 1000, product_ids: [services.a.product] }
      const answers = await Promise.all([settle(api.post(A, body, as("managerA"))), settle(api.post(A, body, as("managerA")))])
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409])
      expect(answers.find((a) => a.status === 409)!.data.code).toBe("PROMOTION_CODE_TAKEN")
      expect(await promotionCount()).toBe(before + 1)
    })

    it("takes a studio's code off its own service and not off another studio's", async () => {
      const at = atOn(day)
      const created = await api.post(A, { code: "LUMIERE20", kind: "percentage", percent: 20, product_ids: [services.a.product] }, as("managerA"))
      expect(created.status).toBe(201)
      const own = await cartWithCode(services.a.variant, at("09:30:00"), "LUMIERE20")
      expect(own).toMatchObject({ total: 158.4, discount: 39.6, codes: ["LUMIERE20"] })
      const other = await cartWithCode(services.b.variant, at("12:00:00"), "LUMIERE20")
      expect(other).toMatchObject({ total: 168, discount: 0, codes: [] })
    })

    it("stops a code when its period is over, and runs it again when the period is moved", async () => {
      const past = { starts_at: DateTime.now().minus({ days: 3 }).toISO(), ends_at: DateTime.now().minus({ days: 1 }).toISO() }
      const created = (await api.post(A, { code: "OVER15", kind: "fixed", amount_fen: 1500, product_ids: [services.a.product], ...past }, as("managerA"))).data.promotion
      expect(created).toMatchObject({ state: "expired", amount_fen: 1500 })
      const cart = await cartWithCode(services.a.variant, atOn(day)("14:30:00"), "OVER15")
      expect(cart).toMatchObject({ total: 198, discount: 0 })

      const moved = await api.post(`${A}/${created.id}`, { ends_at: DateTime.now().plus({ days: 7 }).toISO() }, as("managerA"))
      expect(moved.data.promotion).toMatchObject({ state: "active", ends_at: expect.any(String) })
      expect(await applyCode(cart.id, "OVER15")).toMatchObject({ total: 183, discount: 15, codes: ["OVER15"] })
    })

    it("keeps to a code's usage limit, counts its uses, and keeps a used code (deactivated) rather than deleting it", async () => {
      const created = (await api.post(A, { code: "ONCE50", kind: "fixed", amount_fen: 5000, product_ids: [services.a.product], usage_limit: 1 }, as("managerA"))).data.promotion
      const first = await cartWithCode(services.a.variant, atOn(day)("17:00:00"), "ONCE50")
      expect(first).toMatchObject({ total: 148, discount: 50 })
      await pay(first.id)
      expect((await api.get(`${A}/${created.id}`, as("managerA"))).data.promotion).toMatchObject({ uses: 1, usage_limit: 1, state: "used_up" })

      const second = await cartWithCode(services.a.variant, atOn(later)("10:00:00"), "ONCE50")
      expect(second).toMatchObject({ total: 198, discount: 0 })

      expect(await settle(api.delete(`${A}/${created.id}`, as("managerA")))).toMatchObject({ status: 409, data: { code: "PROMOTION_USED" } })
      expect((await settle(api.post(`${A}/${created.id}`, { usage_limit: 0 }, as("managerA")))).status).toBe(400)
      const off = await api.post(`${A}/${created.id}`, { status: "inactive" }, as("managerA"))
      expect(off.data.promotion).toMatchObject({ status: "inactive", state: "inactive" })
      expect((await api.get(`${A}?status=inactive`, as("managerA"))).data.promotions.map((p: { code: string }) => p.code)).toEqual(["ONCE50"])
    })

    it("lets the platform run a code for every service, and remove one nobody used", async () => {
      const created = await api.post(PLATFORM, { code: "PLATFORM10", kind: "fixed", amount_fen: 1000, budget_fen: 100000, ends_at: DateTime.now().plus({ days: 30 }).toISO() }, as("platform"))
      expect(created.status).toBe(201)
      expect(created.data.promotion).toMatchObject({ merchant_handle: null, studio_name: null, applies_to: "every_service", budget_fen: 100000, budget_used_fen: 0, state: "active" })
      expect(await cartWithCode(services.b.variant, atOn(later)("13:00:00"), "PLATFORM10")).toMatchObject({ total: 158, discount: 10 })
      // Not a studio's: studios do not see it, nor reach it.
      expect((await api.get(A, as("managerA"))).data.promotions.map((p: { code: string }) => p.code)).not.toContain("PLATFORM10")
      expect((await settle(api.get(`${A}/${created.data.promotion.id}`, as("managerA")))).status).toBe(404)
      expect((await settle(api.get(`${PLATFORM}/${created.data.promotion.id}`, as("managerA")))).status).toBe(403)

      const unused = (await api.post(A, { code: "NEVER", kind: "percentage", percent: 5, product_ids: [services.a.product] }, as("managerA"))).data.promotion
      expect((await api.delete(`${A}/${unused.id}`, as("managerA"))).data).toMatchObject({ id: unused.id, deleted: true })
      expect((await settle(api.get(`${A}/${unused.id}`, as("managerA")))).status).toBe(404)
    })
  },
})
