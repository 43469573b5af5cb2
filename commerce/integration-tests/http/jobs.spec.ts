import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { atOn, beauticianToken, demo, bookAndPay, bookingDay, lujiazui, peoplesSquare, prepareBooking, settle, type Booking } from "../helpers/booking"

jest.setTimeout(180 * 1000)

/**
 * A beautician's job from assignment to completion over `/pro`, and the
 * timeline its customer sees. Until dispatch sends offers, the tests assign
 * the job the way dispatch will: the appointment becomes `assigned`.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let booking: Booking
    let proToken: string
    const at = atOn(bookingDay())
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const pro = (token = proToken) => ({ headers: { authorization: `Bearer ${token}` } })
    const step = (id: string, body: Record<string, unknown>, token = proToken) => settle(api.post(`/pro/jobs/${id}/status`, body, pro(token)))

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      proToken = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
    })

    /** A paid appointment, assigned to the test beautician as dispatch will assign it. */
    async function assignedJob(time = "13:00:00") {
      const id = await bookAndPay(api, booking, at(time))
      await appointments().updateAppointments({ id, status: "assigned" })
      return id
    }

    it("goes en route, arrives at the door, serves and completes; the customer sees every step in order", async () => {
      const id = await assignedJob()
      const [stored] = await appointments().listAppointments({ id })
      await appointments().updateAppointments({ id, address: { ...(stored.address as object), notes: "门禁 1203#，敏感肌" } })
      const job = (await api.get(`/pro/jobs/${id}`, pro())).data.job
      expect(job).toMatchObject({ status: "assigned", customer: { name: "林小雨", phone_last4: "8000" }, address: { line1: "陆家嘴环路 1000 号 12 楼", notes: "门禁 1203#，敏感肌" } })
      expect(JSON.stringify(job)).not.toContain("13800138000")
      expect(job.navigation.amap).toContain("uri.amap.com")

      expect((await step(id, { status: "en_route" })).status).toBe(200)
      const arrived = await step(id, { status: "arrived", location: { lat: lujiazui.lat + 0.0002, lng: lujiazui.lng } })
      expect(arrived.data.job.check_in).toMatchObject({ meters: 22, flagged: false })
      expect((await step(id, { status: "in_service" })).status).toBe(200)
      const record = { notes: "肩颈紧张，建议两周后复诊", products_used: ["按摩油 50ml"], photos_after: ["https://cdn.doorstep.example/r/1.jpg"] }
      const completed = await step(id, { status: "completed", service_record: record })
      expect(completed.data.job).toMatchObject({ status: "completed", service_record: record })

      const timeline = (await api.get(`/store/appointments/${id}/timeline`, booking.store(booking.customerToken))).data.timeline
      expect(timeline.map((t: { status: string }) => t.status)).toEqual(["held", "confirmed", "assigned", "en_route", "arrived", "in_service", "completed"])
      expect(timeline.slice(3).every((t: { by: string }) => t.by === "beautician")).toBe(true)
      const times = timeline.map((t: { at: string }) => Date.parse(t.at))
      expect([...times].sort((a, b) => a - b)).toEqual(times)
      expect(timeline[0].at).toMatch(/\+08:00$/)
    })

    it("a day after the job, shows only its district: no street, requests or way there", async () => {
      const id = await assignedJob()
      const [stored] = await appointments().listAppointments({ id })
      await appointments().updateAppointments({ id, address: { ...(stored.address as object), notes: "门禁 1203#" } })
      const earlier = (value: Date) => new Date(new Date(value).getTime() - 4 * 86_400_000)
      await appointments().updateAppointments({ id, blocked_from: earlier(stored.blocked_from), starts_at: earlier(stored.starts_at), ends_at: earlier(stored.ends_at), blocked_until: earlier(stored.blocked_until) })
      const job = (await api.get(`/pro/jobs/${id}`, pro())).data.job
      expect(job).toMatchObject({ address: { district: "浦东新区", city: "上海" }, navigation: null })
      expect(JSON.stringify(job.address)).not.toMatch(/陆家嘴|1203/)
    })

    it("flags a check-in far from the address but still records the arrival", async () => {
      const id = await assignedJob()
      await step(id, { status: "en_route" })
      const far = await step(id, { status: "arrived", location: peoplesSquare }) // about 2.5 km away
      expect(far.status).toBe(200)
      expect(far.data.job.status).toBe("arrived")
      expect(far.data.job.check_in.flagged).toBe(true)
      expect(far.data.job.check_in.meters).toBeGreaterThan(2000)
    })

    it("records an arrival from a phone that gave no location, flagged for the studio", async () => {
      const id = await assignedJob()
      await step(id, { status: "en_route" })
      const unlocated = await step(id, { status: "arrived" })
      expect(unlocated.status).toBe(200)
      expect(unlocated.data.job).toMatchObject({ status: "arrived", check_in: { lat: null, lng: null, meters: null, flagged: true } })
    })

    it("refuses steps out of order with 409 INVALID_TRANSITION and changes nothing", async () => {
      const id = await assignedJob()
      for (const body of [{ status: "completed" }, { status: "in_service" }, { status: "arrived", location: lujiazui }]) {
        const refused = await step(id, body)
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("INVALID_TRANSITION")
      }
      const [stored] = await appointments().listAppointments({ id })
      expect(stored).toMatchObject({ status: "assigned", check_in: null, service_record: null })
    })

    it.each([
      ["an unknown status", { status: "teleported" }],
      ["arriving somewhere off the globe", { status: "arrived", location: { lat: 91, lng: 0 } }],
      ["a photo that is not a link", { status: "completed", service_record: { photos_after: ["not a url"] } }],
      ["an unknown field", { status: "en_route", speed: 40 }],
    ])("answers %s with 400 INVALID_INPUT", async (_, body) => {
      const id = await assignedJob()
      const refused = await step(id, body)
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("INVALID_INPUT")
    })

    it("moves once when the same step is tapped twice at once", async () => {
      const id = await assignedJob()
      const answers = await Promise.all([step(id, { status: "en_route" }), step(id, { status: "en_route" })])
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
      const timeline = (await api.get(`/store/appointments/${id}/timeline`, booking.store(booking.customerToken))).data.timeline
      expect(timeline.filter((t: { status: string }) => t.status === "en_route")).toHaveLength(1)
    })

    it("records a no-show after arriving", async () => {
      const id = await assignedJob()
      await step(id, { status: "en_route" })
      await step(id, { status: "arrived", location: lujiazui })
      const noShow = await step(id, { status: "no_show", note: "敲门无人应答，电话未接" })
      expect(noShow.data.job).toMatchObject({ status: "no_show", service_record: { note: "敲门无人应答，电话未接" } })
    })

    it("keeps another beautician out of the job, and the job out of their list", async () => {
      const id = await assignedJob()
      const [other] = await appointments().listBeauticians({ handle: booking.otherBeauticianHandle })
      const otherToken = await beauticianToken(api, getContainer(), other.id, other.email, demo.accounts.beautician.password)
      expect((await settle(api.get(`/pro/jobs/${id}`, pro(otherToken)))).status).toBe(404)
      const meddle = await step(id, { status: "en_route" }, otherToken)
      expect(meddle.status).toBe(404)
      expect(meddle.data.code).toBe("JOB_NOT_FOUND")
      expect((await api.get("/pro/jobs", pro(otherToken))).data.jobs.map((j: { id: string }) => j.id)).not.toContain(id)
      expect((await api.get("/pro/jobs", pro())).data.jobs.map((j: { id: string }) => j.id)).toContain(id)
      const [stored] = await appointments().listAppointments({ id })
      expect(stored.status).toBe("assigned")
    })

    it("lists the jobs on the dates a day or week view asks for", async () => {
      const id = await assignedJob()
      const day = bookingDay()
      const ids = async (query: string) => (await api.get(`/pro/jobs${query}`, pro())).data.jobs.map((j: { id: string }) => j.id)
      const after = (days: number) => DateTime.fromISO(day).plus({ days }).toISODate()!
      expect(await ids(`?from=${day}&to=${day}`)).toEqual([id])
      expect(await ids(`?from=${after(-6)}&to=${day}`)).toEqual([id])
      expect(await ids(`?from=${after(1)}&to=${after(7)}`)).toEqual([])
      expect(await ids(`?from=${after(-7)}&to=${after(-1)}`)).toEqual([])
    })

    it("is not a job until it is assigned", async () => {
      const id = await bookAndPay(api, booking, at("17:00:00")) // confirmed, not yet assigned
      expect((await step(id, { status: "en_route" })).status).toBe(404)
      expect((await api.get("/pro/jobs", pro())).data.jobs.map((j: { id: string }) => j.id)).not.toContain(id)
    })
  },
})
