import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { forgetSignals } from "@doorstep/recommendations/lib/signals"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { address, atOn, bookingDay, peoplesSquare, prepareBooking, settle, ZONE, type Booking } from "../helpers/booking"

jest.setTimeout(180 * 1000)

const DAY_MS = 86_400_000

/**
 * Recommendations (C5): suggestions that say why — a rebooking at the
 * customer's rhythm, services booked together, a favourite's free times, what
 * they viewed (only with consent), what is popular nearby — and the routes to
 * mark favourites and keep or clear a viewing history.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let tuina: string
    let facial: { productId: string; variantId: string }
    let nails: { productId: string; variantId: string }
    let n = 0

    /** Bookings `daysAgo` days ago (completed, or confirmed ones to come), for a customer who may never have signed in. */
    async function visits(customerId: string, variantId: string, daysAgo: number[], status: "completed" | "confirmed" = "completed") {
      const place = peoplesSquare
      const now = Date.now()
      await getContainer()
        .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
        .createAppointments(
          daysAgo.map((days) => {
            const start = new Date(now - days * DAY_MS)
            return {
              status,
              customer_id: customerId,
              variant_id: variantId,
              beautician_id: booking.beauticianId,
              starts_at: start,
              ends_at: new Date(start.getTime() + 3_600_000),
              blocked_from: start,
              blocked_until: new Date(start.getTime() + 3_600_000),
              travel_in_minutes: 0,
              address: { ...address(place), line1: "测试路 1 号" },
              lat: place.lat,
              lng: place.lng,
            }
          }),
        )
    }
    const newCustomer = async () => {
      n += 1
      const token = await booking.signIn(`taste-${n}@doorstep.local`, "taste-password-1", true)
      const id = (await api.get("/store/customers/me", booking.store(token))).data.customer.id as string
      return { token, id }
    }
    const suggest = async (token?: string, query = "") => (await api.get(`/store/recommendations${query}`, booking.store(token))).data
    const codes = (answer: { recommendations: Array<{ product_id: string; reason: { code: string } }> }) => answer.recommendations.map((r) => [r.product_id, r.reason.code])

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      const products = (await api.get("/store/products?limit=50&fields=id,handle,*variants,+variants.metadata", booking.store())).data.products as Array<{ id: string; handle: string; variants: Array<{ id: string; metadata: { duration_minutes: number } }> }>
      const service = (handle: string) => {
        const product = products.find((p) => p.handle === handle)!
        return { productId: product.id, variantId: [...product.variants].sort((a, b) => a.metadata.duration_minutes - b.metadata.duration_minutes)[0].id }
      }
      tuina = service("tuina-massage").productId
      facial = service("hydrating-facial")
      nails = service("gel-manicure")
      // The test beautician performs all three, every day, near People's Square.
      await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateBeauticians({ id: booking.beauticianId, skill_product_ids: [tuina, facial.productId, nails.productId] })
    })

    beforeEach(() => forgetSignals())

    it("gives a guest what is booked most near the place, saying how often", async () => {
      await visits("cus_popular_guest", facial.variantId, Array.from({ length: 30 }, (_, i) => 1 + (i % 60)))
      const answer = await suggest(undefined, `?lat=${peoplesSquare.lat}&lng=${peoplesSquare.lng}`)
      expect(answer.personal).toBe(false)
      expect(answer.recommendations[0]).toMatchObject({ product_id: facial.productId, handle: "hydrating-facial", beautician: null, slots: [], reason: { code: "popular_nearby", within_km: 5 } })
      expect(answer.recommendations[0].reason.bookings).toBeGreaterThanOrEqual(30)
      // Bad input says what is wrong, by code.
      expect((await settle(api.get(`/store/recommendations?lat=31.2`, booking.store()))).data).toMatchObject({ code: "INVALID_INPUT", field: "lng" })
      expect((await settle(api.get(`/store/recommendations?limit=50`, booking.store()))).data).toMatchObject({ code: "INVALID_INPUT", field: "limit" })
      expect((await settle(api.get(`/store/recommendations?product_id=prod_nope`, booking.store()))).data).toMatchObject({ code: "SERVICE_NOT_FOUND" })
    })

    it("suggests a customer's rebooking at their own rhythm, and not once it is booked", async () => {
      const me = await newCustomer()
      await visits(me.id, nails.variantId, [43, 22])
      const answer = await suggest(me.token)
      expect(answer.personal).toBe(true)
      const due = DateTime.fromMillis(Date.now() - 22 * DAY_MS + 21 * DAY_MS, { zone: ZONE }).toISODate()
      expect(answer.recommendations[0]).toMatchObject({ product_id: nails.productId, reason: { code: "rebook_due", interval_days: 21, due_on: due } })

      // Booked again for three days from now: no longer suggested.
      await visits(me.id, nails.variantId, [-3], "confirmed")
      expect(codes(await suggest(me.token)).map(([product]) => product)).not.toContain(nails.productId)
    })

    it("suggests what customers who booked the same booked too, naming the booking it comes from", async () => {
      for (const peer of ["cus_peer_1", "cus_peer_2", "cus_peer_3"]) {
        await visits(peer, booking.variantId, [50])
        await visits(peer, facial.variantId, [40])
      }
      const me = await newCustomer()
      await visits(me.id, booking.variantId, [3])
      const together = (await suggest(me.token)).recommendations.find((r: { product_id: string }) => r.product_id === facial.productId)
      expect(together.reason).toEqual({ code: "booked_together", because_product_id: tuina })

      // On the facial's page, a guest is pointed to the tuina booked with it, never to the facial itself.
      const page = await suggest(undefined, `?product_id=${facial.productId}&limit=20`)
      expect(page.recommendations.find((r: { product_id: string }) => r.product_id === tuina)).toMatchObject({ reason: { code: "booked_together", because_product_id: facial.productId } })
      expect(page.recommendations.map((r: { product_id: string }) => r.product_id)).not.toContain(facial.productId)
    })

    it("keeps favourites per customer, once however often marked, with her next free times", async () => {
      const me = await newCustomer()
      const other = await newCustomer()
      const saved = await api.post(
        "/store/customers/me/addresses",
        { address_1: "人民大道 200 号", city: "上海", province: "上海", country_code: "cn", is_default_shipping: true, metadata: { district: "黄浦区", lat: peoplesSquare.lat, lng: peoplesSquare.lng } },
        booking.store(me.token),
      )
      expect(saved.status).toBe(200)

      const marks = await Promise.all([1, 2, 3].map(() => api.put(`/store/favourites/${booking.beauticianId}`, {}, booking.store(me.token))))
      expect(new Set(marks.map((m) => m.data.favourite.created_at)).size).toBe(1)
      const rows = await dbConnection.raw(`select count(*)::int as "n" from "favourite_beautician" where "beautician_id" = ?`, [booking.beauticianId])
      expect(rows.rows[0].n).toBe(1)
      expect((await settle(api.put(`/store/favourites/bea_nobody`, {}, booking.store(me.token))))).toMatchObject({ status: 404, data: { code: "BEAUTICIAN_NOT_FOUND" } })
      expect((await settle(api.put(`/store/favourites/${booking.beauticianId}`, {}, booking.store())))).toMatchObject({ status: 401 })

      const { favourites } = (await api.get("/store/favourites", booking.store(me.token))).data
      expect(favourites).toHaveLength(1)
      expect(favourites[0].beautician).toMatchObject({ id: booking.beauticianId, display_name: "测试美容师", merchant_handle: "jingan-lumiere" })
      expect(favourites[0].next_free).toHaveLength(3)
      expect(new Date(favourites[0].next_free[0].starts_at).getTime()).toBeGreaterThan(Date.now())
      expect((await api.get("/store/favourites", booking.store(other.token))).data.favourites).toEqual([])

      // Her free times are suggested, each a start to book with her.
      const mine = (await suggest(me.token)).recommendations.find((r: { reason: { code: string } }) => r.reason.code === "favourite_free")
      expect(mine).toMatchObject({ beautician: { id: booking.beauticianId }, slots: favourites[0].next_free.map((f: { starts_at: string; variant_id: string }) => ({ starts_at: f.starts_at, variant_id: f.variant_id })) })

      expect((await api.delete(`/store/favourites/${booking.beauticianId}`, booking.store(me.token))).data).toEqual({ beautician_id: booking.beauticianId, deleted: true })
      expect((await api.delete(`/store/favourites/${booking.beauticianId}`, booking.store(me.token))).data.deleted).toBe(true)
      expect((await api.get("/store/favourites", booking.store(me.token))).data.favourites).toEqual([])
    })

    it("keeps a viewing history only with consent, and clears it on request or when consent goes", async () => {
      const me = await newCustomer()
      const store = booking.store(me.token)
      const view = (productId: string) => api.post("/store/viewing-history", { product_id: productId }, store)
      expect((await view(facial.productId)).data).toEqual({ recorded: false })
      expect((await api.get("/store/viewing-history", store)).data).toEqual({ consent: false, consented_at: null, views: [] })

      const yes = (await api.put("/store/viewing-history/consent", { consent: true }, store)).data
      expect(yes.consent).toBe(true)
      expect((await view(facial.productId)).data).toEqual({ recorded: true })
      await view(nails.productId)
      await view(facial.productId)
      const history = (await api.get("/store/viewing-history", store)).data
      expect(history).toMatchObject({ consent: true, consented_at: yes.consented_at })
      expect(history.views.map((v: { handle: string }) => v.handle)).toEqual(["hydrating-facial", "gel-manicure"])
      expect((await suggest(me.token)).recommendations.find((r: { product_id: string }) => r.product_id === facial.productId).reason).toEqual({ code: "viewed", because_product_id: facial.productId })

      // Bad input writes nothing.
      expect((await settle(api.post("/store/viewing-history", { product_id: "prod_nope" }, store))).data).toMatchObject({ code: "SERVICE_NOT_FOUND" })
      expect((await settle(api.post("/store/viewing-history", {}, store))).data).toMatchObject({ code: "INVALID_INPUT", field: "product_id" })
      expect((await settle(api.put("/store/viewing-history/consent", { consent: "yes" }, store))).data).toMatchObject({ code: "INVALID_INPUT", field: "consent" })
      expect((await api.get("/store/viewing-history", store)).data.views).toHaveLength(2)

      expect((await api.delete("/store/viewing-history", store)).data).toEqual({ cleared: 2 })
      expect((await api.get("/store/viewing-history", store)).data).toMatchObject({ consent: true, views: [] })

      await view(nails.productId)
      expect((await api.put("/store/viewing-history/consent", { consent: false }, store)).data).toEqual({ consent: false, consented_at: null })
      expect((await dbConnection.raw(`select count(*)::int as "n" from "service_view" where "customer_id" = ?`, [me.id])).rows[0].n).toBe(0)
      expect((await view(nails.productId)).data).toEqual({ recorded: false })
      expect((await settle(api.get("/store/viewing-history", booking.store()))).status).toBe(401)
    })

    it("lets a time merely held say nothing about what a customer books", async () => {
      const me = await newCustomer()
      const held = (await api.post("/store/appointments", { variant_id: booking.variantId, start: atOn(bookingDay())("15:00:00"), address: address(), beautician_id: booking.beauticianId }, booking.store(me.token))).data.appointment
      expect(held.status).toBe("held")
      const answer = await suggest(me.token)
      expect(answer.personal).toBe(false)
    })
  },
})
