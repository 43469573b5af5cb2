import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loadDemoData } from "../../src/seed/demo-data"
import { seedDemoStore } from "../../src/seed"
import { atOn, bookAndPay, bookingDay, lujiazui, settle, staffAccount, type Booking } from "../helpers/booking"

jest.setTimeout(120 * 1000)

const demo = loadDemoData()

/** One file on purpose: each spec file migrates a database of its own (~20 s). */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string
    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })
    // The back office of two studios, made before the runner's snapshot so every test has them.
    const tokens = { platform: "", manager: "", staff: "", otherManager: "", customer: "" }

    beforeAll(async () => {
      const setup = await seedDemoStore(getContainer())
      publishableKey = setup.publishableKey
      regionId = setup.regionId
      tokens.platform = (await api.post("/auth/user/emailpass", demo.accounts.commerce_admin)).data.token
      tokens.manager = await staffAccount(api, getContainer(), "manager.jingan@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      tokens.staff = await staffAccount(api, getContainer(), "staff.jingan@studio.example.cn", { role: "merchant_staff", merchant_handle: "jingan-lumiere" })
      tokens.otherManager = await staffAccount(api, getContainer(), "manager.xuhui@studio.example.cn", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })
      tokens.customer = (await api.post("/auth/customer/emailpass", { email: demo.accounts.customer.email, password: demo.accounts.customer.password })).data.token
    })

    describe("the store's services", () => {
      const listServices = async () => {
        const response = await api.get(
          `/store/products?limit=100&region_id=${regionId}&fields=*variants.calculated_price,+variants.metadata,*categories`,
          store(),
        )
        expect(response.status).toBe(200)
        return response.data.products as Array<{
          handle: string
          categories: Array<{ handle: string }>
          variants: Array<{
            sku: string
            manage_inventory: boolean
            metadata: { duration_minutes: number }
            calculated_price: { calculated_amount: number; currency_code: string; is_calculated_price_tax_inclusive: boolean }
          }>
        }>
      }

      it("lists every seeded service across the four categories", async () => {
        const products = await listServices()
        expect(products.length).toBeGreaterThanOrEqual(16)
        expect(products.map((p) => p.handle).sort()).toEqual(demo.services.map((s) => s.handle).sort())
        const categories = new Set(products.flatMap((p) => p.categories.map((c) => c.handle)))
        expect([...categories].sort()).toEqual(["facial", "hair", "massage", "nails"])
      })

      it("prices every variant in CNY, tax included, exactly as seeded in fen", async () => {
        const seededFen = new Map(demo.services.flatMap((s) => s.variants.map((v) => [v.sku, v.price_fen] as const)))
        const variants = (await listServices()).flatMap((p) => p.variants)
        expect(variants).toHaveLength(seededFen.size)
        for (const variant of variants) {
          expect(variant.calculated_price.currency_code).toBe("cny")
          expect(variant.calculated_price.is_calculated_price_tax_inclusive).toBe(true)
          expect(Math.round(variant.calculated_price.calculated_amount * 100)).toBe(seededFen.get(variant.sku))
        }
      })

      it("gives every variant a duration of 30–150 minutes and no inventory", async () => {
        for (const variant of (await listServices()).flatMap((p) => p.variants)) {
          expect(variant.manage_inventory).toBe(false)
          expect(variant.metadata.duration_minutes).toBeGreaterThanOrEqual(30)
          expect(variant.metadata.duration_minutes).toBeLessThanOrEqual(150)
        }
      })

      it("refuses the store API without a publishable key", async () => {
        const response = await api.get("/store/products").catch((error: { response: { status: number } }) => error.response)
        expect(response.status).toBe(400)
      })

      it("seeds nothing twice", async () => {
        await seedDemoStore(getContainer())
        const products = await listServices()
        expect(products).toHaveLength(demo.services.length)
        const regions = await api.get("/store/regions", store())
        expect(regions.data.regions.filter((r: { name: string }) => r.name === "China")).toHaveLength(1)
      })
    })

    describe("a studio's own services", () => {
      const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
      const services = "/admin/merchants/jingan-lumiere/services"
      const spa = (overrides: Record<string, unknown> = {}) => ({
        title: { "zh-CN": "门店招牌精油SPA", en: "Studio signature oil spa" },
        subtitle: { "zh-CN": "静安店独家配方", en: "Our Jing'an studio's own blend" },
        category: "massage",
        status: "published",
        variants: [
          { title: { "zh-CN": "60 分钟", en: "60 min" }, duration_minutes: 60, price_fen: 36800 },
          { title: { "zh-CN": "90 分钟", en: "90 min" }, duration_minutes: 90, price_fen: 52850 },
        ],
        ...overrides,
      })
      /** The store's listing of one product by handle: its variants' durations and prices in fen, or undefined when the store does not list it. */
      const inStore = async (handle: string) => {
        const products = (await api.get(`/store/products?handle=${handle}&region_id=${regionId}&fields=id,*variants,+variants.metadata,*variants.calculated_price`, store())).data.products
        return products[0]?.variants
          .map((v: { id: string; metadata: { duration_minutes: number }; calculated_price: { calculated_amount: number } }) => ({ id: v.id, minutes: v.metadata.duration_minutes, fen: Math.round(v.calculated_price.calculated_amount * 100) }))
          .sort((a: { minutes: number }, b: { minutes: number }) => a.minutes - b.minutes) as Array<{ id: string; minutes: number; fen: number }> | undefined
      }
      const application = (skills: string[]) => ({
        display_name: "陈悦",
        email: "chen.yue@studio.example.cn",
        phone: "+8613822223333",
        id_number: "110101199003077416",
        certificates: [{ name: "芳香疗法师证书", url: "https://files.example.cn/certs/chen-yue.jpg" }],
        background_check_consent: true,
        home: { lat: lujiazui.lat, lng: lujiazui.lng },
        service_radius_km: 10,
        skill_product_ids: skills,
      })

      it("a manager creates a service with two durations; customers see it and book it with the studio's own beautician", async () => {
        const created = await api.post(services, spa(), auth(tokens.manager))
        expect(created.status).toBe(201)
        const service = created.data.service
        expect(service).toMatchObject({
          status: "published",
          title: { "zh-CN": "门店招牌精油SPA", en: "Studio signature oil spa" },
          category: "massage",
          variants: [
            { title: { "zh-CN": "60 分钟", en: "60 min" }, duration_minutes: 60, price_fen: 36800 },
            { title: { "zh-CN": "90 分钟", en: "90 min" }, duration_minutes: 90, price_fen: 52850 },
          ],
        })
        expect(await inStore(service.handle)).toEqual([expect.objectContaining({ minutes: 60, fen: 36800 }), expect.objectContaining({ minutes: 90, fen: 52850 })])
        expect((await api.get("/store/merchants/jingan-lumiere", store())).data.services.map((s: { id: string }) => s.id)).toEqual([service.id])
        expect((await api.get("/store/merchants/xuhui-qingyu", store())).data.services).toEqual([])

        // Another studio may not give its beauticians this studio's service, and nobody is kept.
        const before = (await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({})).length
        const foreign = await settle(api.post("/admin/merchants/xuhui-qingyu/beautician-applications", application([service.id]), auth(tokens.otherManager)))
        expect(foreign.status).toBe(400)
        expect(foreign.data).toMatchObject({ code: "SKILL_OF_ANOTHER_STUDIO", field: "skill_product_ids" })
        expect((await settle(api.post("/admin/merchants/xuhui-qingyu/beautician-applications", application(["prod_nonexistent"]), auth(tokens.otherManager)))).data.code).toBe("UNKNOWN_SERVICE")
        expect((await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({})).length).toBe(before)

        // The studio's own beautician, approved by the studio and the platform, working every day.
        const applied = (await api.post("/admin/merchants/jingan-lumiere/beautician-applications", application([service.id]), auth(tokens.manager))).data.application
        for (const token of [tokens.manager, tokens.platform]) await api.post(`/admin/merchants/jingan-lumiere/beautician-applications/${applied.id}/decide`, { decision: "approve" }, auth(token))
        await api.put(`/admin/beauticians/${applied.beautician_id}/working-hours`, { weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "09:00", end: "21:00" })) }, auth(tokens.manager))

        // Another studio's beautician who was given the skill some other way (a certification, a direct edit) is not offered for it either.
        const appointments = getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
        const [outsider] = await appointments.createBeauticians([
          { handle: "test-xuhui-outsider", merchant_handle: "xuhui-qingyu", display_name: "外店", email: "outsider@doorstep.local", phone: "+8613900000002", status: "active", timezone: "Asia/Shanghai", home_lat: lujiazui.lat, home_lng: lujiazui.lng, service_radius_km: 10, skill_product_ids: [service.id] },
        ])
        await appointments.createWorkingHours([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ beautician_id: outsider.id, weekday, start_time: "09:00", end_time: "21:00" })))

        const sixty = service.variants[0].id
        const availability = (await api.get(`/store/availability?variant_id=${sixty}&lat=${lujiazui.lat}&lng=${lujiazui.lng}&date=${bookingDay()}`, store())).data
        expect(availability.slots.length).toBeGreaterThan(0)
        expect(new Set(availability.slots.flatMap((slot: { beautician_ids: string[] }) => slot.beautician_ids))).toEqual(new Set([applied.beautician_id]))
        expect((await settle(api.get(`/store/availability?variant_id=${sixty}&lat=${lujiazui.lat}&lng=${lujiazui.lng}&date=${bookingDay()}&beautician_id=${outsider.id}`, store()))).data.code).toBe("BEAUTICIAN_NOT_FOUND")

        const customer = { regionId, store: (token?: string) => ({ headers: { ...store().headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } }), customerToken: tokens.customer, variantId: sixty, beauticianId: applied.beautician_id }
        const booked = await bookAndPay(api, customer as unknown as Booking, atOn(bookingDay())("14:00:00"))
        const [appointment] = await appointments.listAppointments({ id: booked })
        expect(appointment).toMatchObject({ status: "confirmed", variant_id: sixty, beautician_id: applied.beautician_id })
        expect(new Date(appointment.ends_at).getTime() - new Date(appointment.starts_at).getTime()).toBe(60 * 60_000)

        // Booked, it can be unpublished but not deleted; unpublished, the store no longer lists it.
        expect((await settle(api.delete(`${services}/${service.id}`, auth(tokens.manager)))).data.code).toBe("SERVICE_HAS_BOOKINGS")
        expect((await api.post(`${services}/${service.id}`, { status: "draft" }, auth(tokens.manager))).data.service.status).toBe("draft")
        expect(await inStore(service.handle)).toBeUndefined()
        expect((await api.get("/store/merchants/jingan-lumiere", store())).data.services).toEqual([])
        expect((await api.get(services, auth(tokens.staff))).data.services.map((s: { status: string }) => s.status)).toEqual(["draft"])
      })

      it("edits prices and durations, and lists the service only while the studio is approved", async () => {
        const service = (await api.post(services, spa(), auth(tokens.manager))).data.service
        const edited = await api.post(`${services}/${service.id}`, { title: { "zh-CN": "招牌精油SPA（升级）", en: "Signature oil spa, upgraded" }, variants: [{ id: service.variants[1].id, duration_minutes: 100, price_fen: 58800 }] }, auth(tokens.manager))
        expect(edited.status).toBe(200)
        expect(edited.data.service).toMatchObject({ title: { "zh-CN": "招牌精油SPA（升级）", en: "Signature oil spa, upgraded" }, variants: [{ duration_minutes: 60, price_fen: 36800 }, { duration_minutes: 100, price_fen: 58800 }] })
        expect(await inStore(service.handle)).toEqual([expect.objectContaining({ minutes: 60, fen: 36800 }), expect.objectContaining({ minutes: 100, fen: 58800 })])

        await api.post("/admin/merchants/jingan-lumiere/review", { decision: "suspend", reason: "投诉调查中" }, auth(tokens.platform))
        expect(await inStore(service.handle)).toBeUndefined()
        expect(await inStore("tuina-massage")).toBeDefined() // the platform's catalogue stays
        await api.post("/admin/merchants/jingan-lumiere/review", { decision: "reinstate" }, auth(tokens.platform))
        expect(await inStore(service.handle)).toHaveLength(2)

        expect((await api.delete(`${services}/${service.id}`, auth(tokens.manager))).data).toMatchObject({ id: service.id, deleted: true })
        expect(await inStore(service.handle)).toBeUndefined()
        expect((await settle(api.get(`${services}/${service.id}`, auth(tokens.manager)))).status).toBe(404)
      })

      it("keeps each studio to its own services: staff read, only managers write, other studios and the platform's catalogue are not found", async () => {
        const service = (await api.post(services, spa(), auth(tokens.manager))).data.service
        expect((await api.get(`${services}/${service.id}`, auth(tokens.staff))).data.service.id).toBe(service.id)
        expect((await settle(api.post(services, spa(), auth(tokens.staff)))).status).toBe(403)
        expect((await settle(api.post(`${services}/${service.id}`, { status: "draft" }, auth(tokens.staff)))).status).toBe(403)
        expect((await settle(api.delete(`${services}/${service.id}`, auth(tokens.staff)))).status).toBe(403)
        expect((await settle(api.get(services, auth(tokens.otherManager)))).status).toBe(404)
        expect((await settle(api.post(`${services}/${service.id}`, { status: "draft" }, auth(tokens.otherManager)))).status).toBe(404)
        const viaOwnStudio = await settle(api.post(`/admin/merchants/xuhui-qingyu/services/${service.id}`, { status: "draft" }, auth(tokens.otherManager)))
        expect(viaOwnStudio.status).toBe(404)
        expect(viaOwnStudio.data.code).toBe("SERVICE_NOT_FOUND")
        const tuina = (await api.get("/store/products?handle=tuina-massage&fields=id", store())).data.products[0].id
        expect((await settle(api.post(`${services}/${tuina}`, { status: "draft" }, auth(tokens.manager)))).data.code).toBe("SERVICE_NOT_FOUND")
        expect((await settle(api.get("/admin/products?limit=1", auth(tokens.manager)))).status).toBe(403) // Medusa's own product routes stay the platform's
        expect((await api.get(`${services}/${service.id}`, auth(tokens.manager))).data.service.status).toBe("published")
      })

      it("refuses bad input with a stable code and writes nothing", async () => {
        const count = async () => (await api.get("/admin/products?limit=1", auth(tokens.platform))).data.count as number
        const before = await count()
        const refused = async (body: unknown) => (await settle(api.post(services, body, auth(tokens.manager)))).data as { code: string; field?: string }
        expect(await refused(spa({ category: "tattoos" }))).toMatchObject({ code: "UNKNOWN_CATEGORY", field: "category" })
        const twice = spa().variants[0]
        expect(await refused(spa({ variants: [twice, { ...twice, duration_minutes: 90 }] }))).toMatchObject({ code: "DUPLICATE_VARIANT" })
        expect(await refused(spa({ variants: [{ ...twice, price_fen: 368.5 }] }))).toMatchObject({ code: "INVALID_INPUT", field: "variants.0.price_fen" })
        expect(await refused(spa({ variants: [{ ...twice, duration_minutes: 7 }] }))).toMatchObject({ code: "INVALID_INPUT", field: "variants.0.duration_minutes" })
        expect(await refused(spa({ variants: [] }))).toMatchObject({ code: "INVALID_INPUT", field: "variants" })
        expect(await refused({ ...spa(), title: { "zh-CN": "只有中文" } })).toMatchObject({ code: "INVALID_INPUT", field: "title.en" })
        expect(await refused({ ...spa(), merchant_handle: "xuhui-qingyu" })).toMatchObject({ code: "INVALID_INPUT" })
        expect(await count()).toBe(before)
        expect((await api.get(services, auth(tokens.manager))).data.services).toEqual([])

        const service = (await api.post(services, spa(), auth(tokens.manager))).data.service
        const badEdit = await settle(api.post(`${services}/${service.id}`, { variants: [{ id: "variant_not_here", price_fen: 100 }], status: "draft" }, auth(tokens.manager)))
        expect(badEdit.data).toMatchObject({ code: "UNKNOWN_VARIANT" })
        expect((await settle(api.post(`${services}/${service.id}`, {}, auth(tokens.manager)))).data.code).toBe("INVALID_INPUT")
        expect((await api.get(`${services}/${service.id}`, auth(tokens.manager))).data.service).toMatchObject({ status: "published", variants: [{ price_fen: 36800 }, { price_fen: 52850 }] })
      })
    })

    describe("the demo beauticians", () => {
      const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)

      it("are loaded by the appointment module, with weekly hours and skills that are real services", async () => {
        const beauticians = await appointments().listBeauticians({}, { relations: ["working_hours"] })
        expect(beauticians).toHaveLength(demo.beauticians.length)
        const products = await api.get("/store/products?limit=100&fields=id", store())
        const productIds = new Set(products.data.products.map((p: { id: string }) => p.id))
        for (const beautician of beauticians) {
          expect(beautician.status).toBe("active")
          expect(beautician.working_hours.length).toBeGreaterThan(0)
          expect(beautician.skill_product_ids.every((id) => productIds.has(id))).toBe(true)
        }
      })

      it("can never hold two overlapping bookings: the database refuses the second", async () => {
        const [beautician] = await appointments().listBeauticians({}, { take: 1 })
        const booking = (from: string, until: string) => ({
          beautician_id: beautician.id,
          customer_id: "cus_test",
          variant_id: "variant_test",
          status: "confirmed" as const,
          starts_at: new Date(from),
          ends_at: new Date(until),
          blocked_from: new Date(from),
          blocked_until: new Date(until),
          travel_in_minutes: 0,
          address: { line1: "测试路 1 号" },
          lat: 31.23,
          lng: 121.47,
        })
        const first = await appointments().createAppointments(booking("2026-12-01T02:00:00Z", "2026-12-01T03:00:00Z"))
        await expect(
          appointments().createAppointments(booking("2026-12-01T02:30:00Z", "2026-12-01T03:30:00Z")),
        ).rejects.toThrow()
        // Half-open ranges: one booking may start exactly when the last one's block ends.
        await appointments().createAppointments(booking("2026-12-01T03:00:00Z", "2026-12-01T04:00:00Z"))
        // A cancelled booking no longer occupies the calendar (the demo's past visits are the beautician's too).
        await appointments().updateAppointments({ id: first.id, status: "cancelled" })
        await appointments().createAppointments(booking("2026-12-01T02:30:00Z", "2026-12-01T03:00:00Z"))
        const active = await appointments().listAppointments({ beautician_id: beautician.id, status: ["confirmed"] })
        expect(active).toHaveLength(2)
      })
    })

    describe("GET /store/booking-rules", () => {
      it("publishes the store's slot grid, hold time and change policy", async () => {
        const response = await api.get("/store/booking-rules", store())
        expect(response.data).toEqual({
          timezone: "Asia/Shanghai",
          slots: { step_minutes: 30, min_notice_minutes: 60, max_days_ahead: 14 },
          hold_minutes: 10,
          cancellation: [
            { min_minutes_before: 1440, fee_percent: 0 },
            { min_minutes_before: 120, fee_percent: 50 },
            { min_minutes_before: null, fee_percent: 100 },
          ],
          reschedule: [{ min_minutes_before: 120, fee_percent: 0 }],
        })
      })
    })

    describe("the demo logins", () => {
      it("lets the admin sign in and list services", async () => {
        const { email, password } = demo.accounts.commerce_admin
        const auth = await api.post("/auth/user/emailpass", { email, password })
        expect(auth.status).toBe(200)
        const products = await api.get("/admin/products?limit=1", { headers: { authorization: `Bearer ${auth.data.token}` } })
        expect(products.data.count).toBe(demo.services.length)
      })

      it("rejects a wrong admin password", async () => {
        const { email } = demo.accounts.commerce_admin
        const response = await api.post("/auth/user/emailpass", { email, password: "wrong" }).catch((error: { response: { status: number } }) => error.response)
        expect(response.status).toBe(401)
      })

      it("lets the demo customer sign in and read their profile", async () => {
        const { email, password } = demo.accounts.customer
        const auth = await api.post("/auth/customer/emailpass", { email, password })
        const me = await api.get("/store/customers/me", {
          headers: { ...store().headers, authorization: `Bearer ${auth.data.token}` },
        })
        expect(me.data.customer).toMatchObject({ email, phone: demo.accounts.customer.phone })
      })
    })
  },
})
