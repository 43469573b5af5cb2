import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loadDemoData } from "../../src/seed/demo-data"
import { seedDemoStore } from "../../src/seed"

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

    beforeAll(async () => {
      const setup = await seedDemoStore(getContainer())
      publishableKey = setup.publishableKey
      regionId = setup.regionId
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
        await appointments().createAppointments(booking("2026-12-01T02:00:00Z", "2026-12-01T03:00:00Z"))
        await expect(
          appointments().createAppointments(booking("2026-12-01T02:30:00Z", "2026-12-01T03:30:00Z")),
        ).rejects.toThrow()
        // Half-open ranges: one booking may start exactly when the last one's block ends.
        await appointments().createAppointments(booking("2026-12-01T03:00:00Z", "2026-12-01T04:00:00Z"))
        // A cancelled booking no longer occupies the calendar.
        const [cancelled] = await appointments().listAppointments({ beautician_id: beautician.id }, { take: 1, order: { starts_at: "ASC" } })
        await appointments().updateAppointments({ id: cancelled.id, status: "cancelled" })
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
