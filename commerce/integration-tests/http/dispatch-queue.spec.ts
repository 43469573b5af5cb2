import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { dispatchQueue } from "@doorstep/dispatch/lib/dispatch-board"
import { DISPATCH_MODULE, type DispatchModuleService } from "@doorstep/dispatch/modules/dispatch"
import { TRAINING_MODULE, type TrainingModuleService } from "@doorstep/training/modules/training"
import { studioBeauticians } from "@doorstep/trust/lib/studio-beauticians"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { atOn, beauticianToken, bookAndPay, bookingDay, demo, eventually, lujiazui, prepareBooking, settle, staffAccount, ZONE, type Booking } from "../helpers/booking"

jest.setTimeout(180 * 1000)

const MINUTE = 60_000

/**
 * The dispatch board's API (issue 18): the queue of jobs nobody has taken
 * and jobs at risk, with reasons at a pinned clock, live offers and
 * candidates; the beauticians' positions for the map; a studio's beauticians
 * with skills, certifications, today's load and performance — each scoped to
 * the caller's studio on the server.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let booking: Booking
    let first: string // the booked beautician's portal token (studio A, Jing'an)
    const ids = { first: "", neighbour: "", xuhui: "", offered: "", assigned: "", onTheWay: "", xuhuiJob: "" }
    const tokens = {} as Record<"platform" | "managerA" | "managerB", string>
    const at = atOn(bookingDay())
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const dispatch = () => getContainer().resolve<DispatchModuleService>(DISPATCH_MODULE)
    const pro = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const as = (who: keyof typeof tokens) => ({ headers: { authorization: `Bearer ${tokens[who]}` } })
    const pendingOffer = (appointmentId: string) =>
      eventually(
        () => dispatch().listOffers({ appointment_id: appointmentId, status: "pending" }),
        (offers) => offers.length === 1,
      ).then((offers) => offers[0])
    const queueAt = (now: Date, studio: string | null = "jingan-lumiere") => dispatchQueue(getContainer(), { studio, now, expiringMinutes: 1, candidates: 5, limit: 50, offset: 0 })
    const byId = (queue: Awaited<ReturnType<typeof queueAt>>) => new Map(queue.items.map((item) => [item.appointment.id, item]))

    /** A beautician at Lujiazui (the booking address) who performs the booked service every day 09:00–21:00. */
    async function newBeautician(handle: string, merchant: string) {
      const product = (await api.get(`/store/products?handle=tuina-massage&fields=id`, booking.store())).data.products[0]
      const [created] = await appointments().createBeauticians([
        { handle, merchant_handle: merchant, display_name: handle, email: `${handle}@doorstep.local`, phone: "+8613900000019", status: "active", timezone: ZONE, home_lat: lujiazui.lat, home_lng: lujiazui.lng, service_radius_km: 10, skill_product_ids: [product.id] },
      ])
      await appointments().createWorkingHours([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ beautician_id: created.id, weekday, start_time: "09:00", end_time: "21:00" })))
      return created.id as string
    }

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      ids.first = booking.beauticianId
      first = await beauticianToken(api, getContainer(), ids.first, "test-every-day@doorstep.local")
      ids.neighbour = await newBeautician("test-queue-neighbour", "jingan-lumiere")
      ids.xuhui = await newBeautician("test-queue-xuhui", "xuhui-qingyu")
      const { email, password } = demo.accounts.commerce_admin
      tokens.platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      tokens.managerA = await staffAccount(api, getContainer(), "queue.manager.jingan@doorstep.local", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      tokens.managerB = await staffAccount(api, getContainer(), "queue.manager.xuhui@doorstep.local", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })

      // Studio A: one job on offer, one taken, one the beautician is on the way to.
      // Offers last minutes; these are made to outlast the suite, so that none runs out and moves the job meanwhile.
      const lasting = async (appointmentId: string) => dispatch().updateOffers({ id: (await pendingOffer(appointmentId)).id, expires_at: new Date(Date.now() + 3600_000) })
      ids.offered = await bookAndPay(api, booking, at("10:00:00"))
      await lasting(ids.offered)
      for (const [key, start] of [["assigned", "13:00:00"], ["onTheWay", "16:00:00"]] as const) {
        ids[key] = await bookAndPay(api, booking, at(start))
        expect((await api.post(`/pro/offers/${(await pendingOffer(ids[key])).id}/accept`, {}, pro(first))).status).toBe(200)
      }
      expect((await api.post(`/pro/jobs/${ids.onTheWay}/status`, { status: "en_route" }, pro(first))).status).toBe(200)
      // Studio B: a job on offer to its own beautician.
      ids.xuhuiJob = await bookAndPay(api, { ...booking, beauticianId: ids.xuhui }, at("18:00:00"))
      await lasting(ids.xuhuiJob)
    })

    it("lists the job nobody has taken with its live offer and the studio's own candidates", async () => {
      const offer = await pendingOffer(ids.offered)
      const queue = await queueAt(new Date())
      // Only studio A's jobs; of this suite's, only the one nobody has taken (the others are taken and on time).
      expect(queue.items.map((item) => item.appointment.beautician.merchant_handle)).toEqual(queue.items.map(() => "jingan-lumiere"))
      const ours = queue.items.filter((item) => Object.values(ids).includes(item.appointment.id))
      expect(ours.map((item) => item.appointment.id)).toEqual([ids.offered])
      const [item] = ours
      expect(item.reasons.map((r) => r.code)).toEqual(["unassigned"])
      expect(item.offer).toMatchObject({ id: offer.id, beautician_id: ids.first, status: "pending", attempt: 1 })
      expect(Date.parse(item.offer!.expires_at)).toBe(new Date(offer.expires_at).getTime())
      expect(item.appointment).toMatchObject({ status: "confirmed", district: "浦东新区", location: { lat: lujiazui.lat, lng: lujiazui.lng }, beautician: { id: ids.first, status: "active" } })
      expect(item.appointment.service).toEqual(expect.any(String))
      // Dispatch's own ranking: the neighbour lives at the address; studio B's beautician, who does too, is not A's to choose.
      const candidates = item.candidates.map((c) => c.beautician_id)
      expect(candidates).toContain(ids.neighbour)
      expect(candidates).not.toContain(ids.xuhui)
      expect(item.candidates.find((c) => c.beautician_id === ids.neighbour)).toMatchObject({ merchant_handle: "jingan-lumiere", travel_minutes: expect.any(Number), asked_before: null })
      // The platform's board across studios ranks B's beautician too.
      const everyone = byId(await queueAt(new Date(), null))
      expect(everyone.get(ids.offered)!.candidates.map((c) => c.beautician_id)).toContain(ids.xuhui)
      expect(everyone.has(ids.xuhuiJob)).toBe(true)
    })

    it("says when an offer is about to run out, and when a job is late, by a pinned clock", async () => {
      const offer = await pendingOffer(ids.offered)
      const expiring = byId(await queueAt(new Date(new Date(offer.expires_at).getTime() - 30_000)))
      expect(expiring.get(ids.offered)!.reasons.map((r) => r.code)).toEqual(["unassigned", "offer_expiring"])

      const [assigned] = await appointments().listAppointments({ id: ids.assigned })
      const leaveBy = new Date(assigned.starts_at).getTime() - assigned.travel_in_minutes * MINUTE
      const clock = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).toFormat("HH:mm")
      expect(byId(await queueAt(new Date(leaveBy + 4 * MINUTE))).has(ids.assigned)).toBe(false) // within the grace
      const late = byId(await queueAt(new Date(leaveBy + 6 * MINUTE))).get(ids.assigned)!
      expect(late.reasons).toEqual([{ code: "late", message: `应于 ${clock(leaveBy)} 出发，尚未出发 · Should have set off by ${clock(leaveBy)}` }])
      expect(late.offer).toMatchObject({ status: "accepted", beautician_id: ids.first })
      // Someone else could take it over; not the beautician who has it.
      expect(late.candidates.map((c) => c.beautician_id)).not.toContain(ids.first)

      const [onTheWay] = await appointments().listAppointments({ id: ids.onTheWay })
      const start = new Date(onTheWay.starts_at).getTime()
      expect(byId(await queueAt(new Date(start + 9 * MINUTE))).has(ids.onTheWay)).toBe(false)
      const notThere = byId(await queueAt(new Date(start + 11 * MINUTE))).get(ids.onTheWay)!
      expect(notThere.reasons).toEqual([{ code: "late", message: `应于 ${clock(start)} 到达，尚未到达 · Should have arrived by ${clock(start)}` }])
      expect(notThere.candidates).toEqual([]) // under way: nobody else to send
    })

    it("scopes the queue and the map to the caller's studio on the server", async () => {
      const listed = async (who: keyof typeof tokens, query = "") => {
        const answer = await settle(api.get(`/admin/dispatch/queue${query}`, as(who)))
        return { status: answer.status, data: answer.data, ids: (answer.data.queue ?? []).map((item: { appointment: { id: string } }) => item.appointment.id) }
      }
      const a = await listed("managerA")
      expect(a).toMatchObject({ status: 200, data: { merchant_handle: "jingan-lumiere", count: a.ids.length } })
      expect(a.ids).toContain(ids.offered)
      expect(a.ids).not.toContain(ids.xuhuiJob)
      expect((await listed("managerA", "?merchant_handle=jingan-lumiere")).ids).toEqual(a.ids)
      const b = await listed("managerB")
      expect(b.status).toBe(200)
      expect(b.ids).toContain(ids.xuhuiJob)
      expect(b.ids).not.toContain(ids.offered)
      expect((await listed("managerB", "?merchant_handle=jingan-lumiere")).data).toMatchObject({ code: "MERCHANT_NOT_FOUND" })
      expect((await listed("managerB", "?merchant_handle=jingan-lumiere")).status).toBe(404)
      const all = await listed("platform")
      expect(all.ids).toEqual(expect.arrayContaining([ids.offered, ids.xuhuiJob]))
      expect((await listed("platform", "?merchant_handle=xuhui-qingyu")).ids).toEqual(b.ids)
      expect((await listed("platform", "?merchant_handle=no-such-studio")).status).toBe(404)
      expect((await listed("platform", "?limit=0")).data.code).toBe("INVALID_INPUT")
      expect((await listed("managerA", "?beautician=x")).status).toBe(400)

      const map = await api.get("/admin/dispatch/positions", as("managerA"))
      const where = new Map(map.data.positions.map((p: { beautician_id: string }) => [p.beautician_id, p]))
      expect(where.has(ids.xuhui)).toBe(false)
      expect(where.get(ids.first)).toMatchObject({ state: "en_route", appointment_id: ids.onTheWay, location: { lat: lujiazui.lat, lng: lujiazui.lng }, district: "浦东新区", since: expect.any(String) })
      expect(where.get(ids.neighbour)).toMatchObject({ state: "home", appointment_id: null, location: { lat: lujiazui.lat, lng: lujiazui.lng } })
      expect((await settle(api.get("/admin/dispatch/positions?merchant_handle=jingan-lumiere", as("managerB")))).status).toBe(404)
    })

    it("lists the studio's beauticians with skills, certifications, the day's load and performance", async () => {
      const product = (await api.get(`/store/products?handle=tuina-massage&fields=id,title`, booking.store())).data.products[0]
      const expires = new Date(Date.now() + 300 * 24 * 3600_000)
      await getContainer()
        .resolve<TrainingModuleService>(TRAINING_MODULE)
        .createCertifications([{ beautician_id: ids.first, skill: "tuina-massage", product_id: product.id, course_document_id: "course-1", exam_document_id: "exam-1", score: 92, passed_at: new Date(), expires_at: expires }])
      // An hour off on the day of the jobs: 12 working hours less one.
      const day = DateTime.fromISO(bookingDay(), { zone: ZONE })
      await appointments().createTimeOffs([{ beautician_id: ids.first, starts_at: day.set({ hour: 19 }).toJSDate(), ends_at: day.set({ hour: 20 }).toJSDate(), reason: "培训" }])

      const answer = await api.get("/admin/merchants/jingan-lumiere/beauticians?limit=100", as("managerA"))
      expect(answer.status).toBe(200)
      const listed = new Map(answer.data.beauticians.map((b: { id: string }) => [b.id, b]))
      expect(listed.has(ids.xuhui)).toBe(false)
      expect(answer.data.count).toBe(answer.data.beauticians.length)
      expect(listed.get(ids.first)).toMatchObject({
        status: "active",
        skills: [{ product_id: product.id, title: product.title }],
        certifications: [{ skill: "tuina-massage", title: product.title, score: 92, status: "active", expires_at: DateTime.fromJSDate(expires, { zone: ZONE }).toISO() }],
        performance: { days: 30, acceptance_rate: 1, cancellation_rate: null, on_time_rate: null, jobs_completed: 0 },
      })
      // The day of the jobs, by a pinned clock: three jobs of an hour in 11 working hours.
      const thatDay = await studioBeauticians(getContainer(), { studio: "jingan-lumiere", days: 30, limit: 100, offset: 0, now: day.set({ hour: 8 }).toJSDate() })
      expect(thatDay.beauticians.find((b) => b.id === ids.first)!.today).toEqual({ date: bookingDay(), jobs: 3, booked_minutes: 180, working_minutes: 660, utilisation: 0.273 })
      expect(thatDay.beauticians.find((b) => b.id === ids.neighbour)!.today).toEqual({ date: bookingDay(), jobs: 0, booked_minutes: 0, working_minutes: 720, utilisation: 0 })

      // Paging and the status filter, on the server.
      const page = await api.get("/admin/merchants/jingan-lumiere/beauticians?limit=1&offset=1", as("managerA"))
      expect(page.data).toMatchObject({ count: answer.data.count, limit: 1, offset: 1 })
      expect(page.data.beauticians.map((b: { id: string }) => b.id)).toEqual([answer.data.beauticians[1].id])
      expect((await api.get("/admin/merchants/jingan-lumiere/beauticians?status=suspended", as("managerA"))).data).toMatchObject({ count: 0, beauticians: [] })
      expect((await settle(api.get("/admin/merchants/jingan-lumiere/beauticians?status=gone", as("managerA")))).data.code).toBe("INVALID_INPUT")
      expect((await settle(api.get("/admin/merchants/jingan-lumiere/beauticians", as("managerB")))).status).toBe(404)
    })

    it("shows the job a suspended beautician is still on, and their new standing in the list", async () => {
      const suspended = await api.post(`/admin/merchants/jingan-lumiere/beauticians/${ids.first}/status`, { status: "suspended", reason: "投诉调查" }, as("managerA"))
      expect(suspended.status).toBe(200)
      const queue = (await api.get("/admin/dispatch/queue", as("managerA"))).data.queue as Array<{ appointment: { id: string } }>
      expect(queue.find((item) => item.appointment.id === ids.onTheWay)).toMatchObject({ reasons: [{ code: "beautician_suspended" }], appointment: { beautician: { id: ids.first, status: "suspended" } } })
      const list = await api.get("/admin/merchants/jingan-lumiere/beauticians?status=suspended", as("managerA"))
      expect(list.data.beauticians.map((b: { id: string }) => b.id)).toEqual([ids.first])
    })
  },
})
