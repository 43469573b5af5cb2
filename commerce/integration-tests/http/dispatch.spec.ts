import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { assignInBatch, expireOffers } from "@doorstep/dispatch/lib/dispatch"
import { NOT_ARRIVED, NOT_LEFT, raiseLateAlerts } from "@doorstep/dispatch/lib/late-alerts"
import { DEFAULT_DISPATCH_SETTINGS } from "@doorstep/dispatch/lib/settings"
import { BATCH_LOCK, DISPATCH_MODULE, type DispatchModuleService } from "@doorstep/dispatch/modules/dispatch"
import { restartCutShortDispatches, runDispatch } from "@doorstep/dispatch/lib/dispatch-runs"
import { parkedAtWait } from "@doorstep/dispatch/workflows/dispatch-wait"
import { dispatchAppointmentWorkflowId } from "@doorstep/dispatch/workflows/dispatch-appointment"
import { APPOINTMENT_ASSIGNED_EVENT } from "@doorstep/dispatch/workflows/steps/announce-assignment"
import { DistributedTransaction } from "@medusajs/framework/orchestration"
import type { IEventBusModuleService, IWorkflowEngineService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REVIEW_MODULE, type ReviewModuleService } from "@doorstep/trust/modules/review"
import { atOn, beauticianToken, bookAndPay, bookingDay, demo, eventually, lujiazui, openEventStream, prepareBooking, settle, ZONE, type Booking } from "../helpers/booking"

jest.setTimeout(180 * 1000)

/**
 * Offers over `/pro/offers`: the first to the beautician the appointment was
 * booked with; on a decline or a timeout, the next candidate; after the last,
 * the merchant's queue. Every decision is logged.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let first: string // the booked beautician's token
    let second: string // a beautician living at the address: the cheapest next candidate
    let secondId: string
    const at = atOn(bookingDay())
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const dispatch = () => getContainer().resolve<DispatchModuleService>(DISPATCH_MODULE)
    const pro = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const offersOf = async (token: string) => (await api.get("/pro/offers", pro(token))).data.offers as Array<{ id: string; appointment_id: string; [key: string]: unknown }>
    const offerFor = (token: string, appointmentId: string) => eventually(() => offersOf(token), (offers) => offers.some((o) => o.appointment_id === appointmentId)).then((offers) => offers.find((o) => o.appointment_id === appointmentId))
    const decisions = async (appointmentId: string) => (await dispatch().listDispatchDecisions({ appointment_id: appointmentId }, { order: { created_at: "ASC" } })).map((d) => d.action)

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      first = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      const product = (await api.get(`/store/products?handle=tuina-massage&fields=id`, booking.store())).data.products[0]
      const [neighbour] = await appointments().createBeauticians([
        {
          handle: "test-neighbour",
          merchant_handle: "jingan-lumiere",
          display_name: "楼下美容师",
          email: "test-neighbour@doorstep.local",
          phone: "+8613900000001",
          status: "active",
          timezone: ZONE,
          home_lat: lujiazui.lat,
          home_lng: lujiazui.lng,
          service_radius_km: 10,
          skill_product_ids: [product.id],
        },
      ])
      secondId = neighbour.id
      await appointments().createWorkingHours([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ beautician_id: secondId, weekday, start_time: "09:00", end_time: "21:00" })))
      second = await beauticianToken(api, getContainer(), secondId, "test-neighbour@doorstep.local")
    })

    it("offers a paid appointment to its beautician, who accepts and gets the job", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      const offer = (await offerFor(first, id))!
      // Set out from home (People's Square), 2.7 km from the address in Lujiazui as the crow flies.
      expect(offer).toMatchObject({ district: "浦东新区", start: at("13:00:00.000"), distance_km: 2.7 })
      expect(JSON.stringify(offer)).not.toContain("陆家嘴环路") // the street comes with the job

      const accepted = await api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first))
      expect(accepted.data.offer.status).toBe("accepted")
      const [stored] = await appointments().listAppointments({ id })
      expect(stored).toMatchObject({ status: "assigned", beautician_id: booking.beauticianId })
      expect((await api.get("/pro/jobs", pro(first))).data.jobs.map((j: { id: string }) => j.id)).toContain(id)
      expect(await decisions(id)).toEqual(["offered", "accepted"])
    })

    it("measures an offer's distance from the job before it that day, where the beautician will be", async () => {
      const earlier = await bookAndPay(api, booking, at("10:00:00"))
      await appointments().updateAppointments({ id: earlier, status: "assigned" })
      const id = await bookAndPay(api, booking, at("13:00:00"))
      expect((await offerFor(first, id))!).toMatchObject({ distance_km: 0 })
    })

    it("lets exactly one answer count when two come at once", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      const offer = (await offerFor(first, id))!
      const answers = await Promise.all([
        settle(api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first))),
        settle(api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first))),
        settle(api.post(`/pro/offers/${offer.id}/decline`, { reason: "临时有事" }, pro(first))),
      ])
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409])
      expect(answers.filter((a) => a.status === 409).every((a) => a.data.code === "OFFER_CLOSED")).toBe(true)
      expect((await decisions(id)).filter((action) => action === "accepted" || action === "declined")).toHaveLength(1)
    })

    it("does not let another beautician answer someone else's offer", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      const offer = (await offerFor(first, id))!
      // Another's offer is not found, as if there were none: its existence is not theirs to learn.
      for (const [answer, body] of [["accept", {}], ["decline", { reason: "不是我的" }]] as const) {
        const meddle = await settle(api.post(`/pro/offers/${offer.id}/${answer}`, body, pro(second)))
        expect([meddle.status, meddle.data.code]).toEqual([404, "OFFER_NOT_FOUND"])
      }
      expect((await offerFor(first, id))?.id).toBe(offer.id)
      const [stored] = await appointments().listAppointments({ id })
      expect(stored.status).toBe("confirmed")
    })

    it("on a decline, moves the job to the next candidate's calendar and offers it to them", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      const offer = (await offerFor(first, id))!
      expect((await settle(api.post(`/pro/offers/${offer.id}/decline`, {}, pro(first)))).status).toBe(400) // a reason is required
      await api.post(`/pro/offers/${offer.id}/decline`, { reason: "那天不在浦东" }, pro(first))

      const next = (await offerFor(second, id))!
      const [moved] = await appointments().listAppointments({ id })
      expect(moved).toMatchObject({ status: "confirmed", beautician_id: secondId })
      expect((await offersOf(first)).map((o) => o.appointment_id)).not.toContain(id)
      await api.post(`/pro/offers/${next.id}/accept`, {}, pro(second))
      expect((await appointments().listAppointments({ id }))[0]).toMatchObject({ status: "assigned", beautician_id: secondId })
      expect(await decisions(id)).toEqual(["offered", "declined", "offered", "accepted"])
      const [declined] = await dispatch().listDispatchDecisions({ appointment_id: id, action: "declined" })
      expect(declined).toMatchObject({ reason: "那天不在浦东", actor: `beautician:${booking.beauticianId}` })
    })

    it("on a timeout, offers the next candidate; after the last offer, the merchant's queue", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      await offerFor(first, id)
      const twoOffers = { ...DEFAULT_DISPATCH_SETTINGS, maxOffers: 2 }
      const later = (minutes: number) => new Date(Date.now() + minutes * 60_000)

      expect(await expireOffers(getContainer(), later(2), twoOffers)).toEqual([]) // not yet: offers last 3 minutes
      expect((await expireOffers(getContainer(), later(4), twoOffers))!.map((o) => o.appointment_id)).toEqual([id])
      expect((await appointments().listAppointments({ id }))[0].beautician_id).toBe(secondId)
      expect((await offersOf(second)).map((o) => o.appointment_id)).toContain(id)

      await expireOffers(getContainer(), later(8), twoOffers)
      expect(await decisions(id)).toEqual(["offered", "expired", "offered", "expired", "queued"])
      const [queued] = await dispatch().listDispatchDecisions({ appointment_id: id, action: "queued" })
      expect(queued.reason).toMatch(/after 2 offers/)
      expect((await appointments().listAppointments({ id }))[0].status).toBe("confirmed")
    })

    describe("live events", () => {
      const base = () => (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL

      it("streams the beautician's offers and job changes as they happen", async () => {
        const stream = await openEventStream(`${base()}/pro/events`, { authorization: `Bearer ${first}` })
        try {
          expect(stream.contentType).toContain("text/event-stream")
          const id = await bookAndPay(api, booking, at("13:00:00"))
          const offered = await stream.next((m) => m.event === "offer" && m.data.appointment_id === id && m.data.status === "pending")
          await api.post(`/pro/offers/${offered.data.offer_id}/accept`, {}, pro(first))
          await stream.next((m) => m.event === "offer" && m.data.appointment_id === id && m.data.status === "accepted")
          await stream.next((m) => m.event === "job" && m.data.appointment_id === id && m.data.status === "assigned" && m.data.yours === true)
        } finally {
          await stream.close()
        }
      })

      it("streams the customer's own appointment as the beautician moves, and nobody else's", async () => {
        const id = await bookAndPay(api, booking, at("13:00:00"))
        const offer = (await offerFor(first, id))!
        await api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first))
        const stream = await openEventStream(`${base()}/store/appointments/${id}/events`, booking.store(booking.customerToken).headers)
        try {
          await api.post(`/pro/jobs/${id}/status`, { status: "en_route" }, pro(first))
          expect((await stream.next((m) => m.event === "status" && m.data.status === "en_route")).data.appointment_id).toBe(id)
        } finally {
          await stream.close()
        }
        const stranger = await booking.signIn("stream-stranger@doorstep.local", "Stranger2026!", true)
        await expect(openEventStream(`${base()}/store/appointments/${id}/events`, booking.store(stranger).headers)).rejects.toThrow(/404/)
      })
    })

    describe("staff assignment", () => {
      let staff: string
      beforeAll(async () => {
        const { email, password } = demo.accounts.commerce_admin
        staff = (await api.post("/auth/user/emailpass", { email, password })).data.token
      })
      const assign = (id: string, body: Record<string, unknown>, token = staff) => settle(api.post(`/admin/appointments/${id}/assign`, body, pro(token)))
      const firstIsFreeAt = async (time: string) => {
        const query = `variant_id=${booking.variantId}&lat=${lujiazui.lat}&lng=${lujiazui.lng}&date=${bookingDay()}&beautician_id=${booking.beauticianId}`
        return (await api.get(`/store/availability?${query}`, booking.store())).data.slots.some((s: { start: string }) => s.start === at(time))
      }

      it("assigns a job to the beautician staff choose: the offer is withdrawn, the first beautician's time is free again, and the decision logged", async () => {
        const id = await bookAndPay(api, booking, at("13:00:00"))
        await offerFor(first, id)
        expect(await firstIsFreeAt("13:00:00")).toBe(false)

        const assigned = await assign(id, { beautician_id: secondId, reason: "客户要求换成熟悉的美容师" })
        expect(assigned.status).toBe(200)
        expect((await appointments().listAppointments({ id }))[0]).toMatchObject({ status: "assigned", beautician_id: secondId })
        expect((await offersOf(first)).map((o) => o.appointment_id)).not.toContain(id)
        expect(await firstIsFreeAt("13:00:00")).toBe(true)
        expect((await api.get("/pro/jobs", pro(second))).data.jobs.map((j: { id: string }) => j.id)).toContain(id)
        const log = (await api.get(`/admin/appointments/${id}/dispatch`, pro(staff))).data.decisions
        expect(log.map((d: { action: string }) => d.action)).toEqual(["offered", "withdrawn", "assigned"])
        expect(log[2]).toMatchObject({ beautician_id: secondId, reason: "客户要求换成熟悉的美容师", actor: expect.stringMatching(/^user:/) })
        // An appointment that does not exist has no history to show, rather than an empty one.
        expect((await settle(api.get("/admin/appointments/appt_missing/dispatch", pro(staff)))).data).toMatchObject({ code: "APPOINTMENT_NOT_FOUND" })
      })

      it("refuses a beautician who is busy then, and changes nothing", async () => {
        const taken = await bookAndPay(api, booking, at("13:00:00"))
        await assign(taken, { beautician_id: secondId, reason: "换人" })
        const id = await bookAndPay(api, booking, at("13:00:00")) // with the first beautician, free again
        const refused = await assign(id, { beautician_id: secondId, reason: "也换给她" })
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("SLOT_UNAVAILABLE")
        expect((await appointments().listAppointments({ id }))[0]).toMatchObject({ status: "confirmed", beautician_id: booking.beauticianId })
      })

      it("wants a reason, and staff", async () => {
        const id = await bookAndPay(api, booking, at("15:00:00"))
        expect((await assign(id, { beautician_id: secondId })).status).toBe(400)
        expect((await assign(id, { beautician_id: secondId, reason: "x" }, booking.customerToken)).status).toBe(401)
      })
    })

    describe("who is offered the job first, other things equal", () => {
      let others = 0
      /** Another beautician living at the address, like the neighbour: the same trip, the same free day. */
      const alsoAtTheAddress = async (handle: string, reputation: { rating: number | null; review_count: number } = { rating: null, review_count: 0 }) => {
        const [beautician] = await appointments().createBeauticians([
          {
            handle,
            merchant_handle: "jingan-lumiere",
            display_name: handle,
            email: `${handle}@doorstep.local`,
            phone: `+8613900001${String(++others).padStart(3, "0")}`,
            status: "active",
            timezone: ZONE,
            home_lat: lujiazui.lat,
            home_lng: lujiazui.lng,
            service_radius_km: 10,
            skill_product_ids: (await appointments().listBeauticians({ id: secondId }, { select: ["skill_product_ids"] }))[0].skill_product_ids,
            ...reputation,
          },
        ])
        await appointments().createWorkingHours([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ beautician_id: beautician.id, weekday, start_time: "09:00", end_time: "21:00" })))
        return beautician.id
      }
      /** A visit the customer had with the beautician ten days ago, finished, and what they rated it (if they did). */
      const pastVisit = async (customerId: string, beauticianId: string, rated?: number) => {
        const start = new Date(Date.now() - 10 * 24 * 3_600_000)
        const [visit] = (await appointments().createAppointments([
          {
            status: "completed",
            customer_id: customerId,
            variant_id: booking.variantId,
            beautician_id: beauticianId,
            starts_at: start,
            ends_at: new Date(start.getTime() + 60 * 60_000),
            blocked_from: new Date(start.getTime() - 25 * 60_000),
            blocked_until: new Date(start.getTime() + 70 * 60_000),
            travel_in_minutes: 15,
            address: { line1: "陆家嘴环路 1000 号 12 楼", district: "浦东新区" },
            lat: lujiazui.lat,
            lng: lujiazui.lng,
            payment_status: "paid",
            paid_fen: 21800,
          },
        ] as never)) as unknown as Array<{ id: string }>
        if (rated !== undefined) {
          await getContainer().resolve<ReviewModuleService>(REVIEW_MODULE).createReviews([
            { appointment_id: visit.id, customer_id: customerId, beautician_id: beauticianId, merchant_handle: "jingan-lumiere", variant_id: booking.variantId, rating: rated, photos: [] as unknown as Record<string, unknown> },
          ])
        }
      }
      /** The beautician with the appointment's pending offer passes; whom it is offered to next. */
      const passOn = async (id: string, token: string) => {
        const offer = (await offerFor(token, id))!
        await api.post(`/pro/offers/${offer.id}/decline`, { reason: "那天不在浦东" }, pro(token))
        const [next] = await dispatch().listOffers({ appointment_id: id, status: "pending" }, { select: ["beautician_id"] })
        return next?.beautician_id
      }
      const tokenOf = (beauticianId: string, handle: string) => beauticianToken(api, getContainer(), beauticianId, `${handle}@doorstep.local`)

      it("goes to the better-rated beautician before an unrated one at the same distance", async () => {
        const rated = await alsoAtTheAddress("test-well-rated", { rating: 4.9, review_count: 40 })
        const id = await bookAndPay(api, booking, at("13:00:00"))
        expect(await passOn(id, first)).toBe(rated)
        expect(await passOn(id, await tokenOf(rated, "test-well-rated"))).toBe(secondId) // then the unrated neighbour
      })

      it("goes first to a beautician the customer rated 4 stars or more for a past visit, then to one who merely served them, before a stranger", async () => {
        const id = await bookAndPay(api, booking, at("13:00:00"))
        const [{ customer_id: customerId }] = await appointments().listAppointments({ id }, { select: ["customer_id"] })
        const served = await alsoAtTheAddress("test-served-before")
        const favourite = await alsoAtTheAddress("test-favourite")
        const othersFavourite = await alsoAtTheAddress("test-others-favourite")
        await pastVisit(customerId, served, 3) // served before, but only three stars from this customer
        await pastVisit(customerId, favourite, 4)
        await pastVisit("cus_someone_else", othersFavourite, 5) // another customer's favourite is a stranger here

        expect(await passOn(id, first)).toBe(favourite)
        expect(await passOn(id, await tokenOf(favourite, "test-favourite"))).toBe(served)
        const offered = (await dispatch().listOffers({ appointment_id: id }, { select: ["beautician_id"] })).map((o) => o.beautician_id)
        expect(offered).not.toContain(othersFavourite)
      })
    })

    it("matches the merchant's queue in a batch, once, at the least cost, skipping beauticians who had the job", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      await offerFor(first, id)
      const later = (minutes: number) => new Date(Date.now() + minutes * 60_000)
      await expireOffers(getContainer(), later(4), { ...DEFAULT_DISPATCH_SETTINGS, maxOffers: 1 })
      expect(await decisions(id)).toEqual(["offered", "expired", "queued"])

      // Two days ahead is not due for an offer when the lead is an hour: matched, not offered, nothing moved.
      expect(await assignInBatch(getContainer(), later(5), { ...DEFAULT_DISPATCH_SETTINGS, batchOfferLeadHours: 1 })).toEqual([])
      expect(await decisions(id)).toEqual(["offered", "expired", "queued"])
      expect((await appointments().listAppointments({ id }))[0].beautician_id).toBe(booking.beauticianId)

      // Another instance's round holds the lock: this one does nothing.
      const other = await dbConnection.transaction()
      await other.raw(`select pg_advisory_xact_lock(hashtext(?))`, [BATCH_LOCK])
      expect(await assignInBatch(getContainer(), later(5))).toBeNull()
      await other.rollback()

      expect(await assignInBatch(getContainer(), later(5))).toEqual([{ appointmentId: id, beauticianId: secondId }])
      expect((await appointments().listAppointments({ id }))[0]).toMatchObject({ status: "confirmed", beautician_id: secondId })
      expect((await offersOf(second)).map((o) => o.appointment_id)).toContain(id)
      expect(await assignInBatch(getContainer(), later(6))).toEqual([]) // it has a live offer now
      expect(await decisions(id)).toEqual(["offered", "expired", "queued", "offered"])
    })

    it("raises a late job once per kind, however many schedulers tick", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      const offer = (await offerFor(first, id))!
      await api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first))
      const [job] = await appointments().listAppointments({ id })
      const start = new Date(job.starts_at).getTime()
      const leaveBy = start - job.travel_in_minutes * 60_000
      const at_ = (ms: number) => new Date(ms)

      expect(await raiseLateAlerts(getContainer(), at_(leaveBy + 4 * 60_000))).toEqual([])
      const both = await Promise.all([raiseLateAlerts(getContainer(), at_(leaveBy + 6 * 60_000)), raiseLateAlerts(getContainer(), at_(leaveBy + 6 * 60_000))])
      expect(both.flat()).toEqual([{ appointmentId: id, reason: NOT_LEFT }])
      expect(await raiseLateAlerts(getContainer(), at_(leaveBy + 9 * 60_000))).toEqual([])

      await api.post(`/pro/jobs/${id}/status`, { status: "en_route" }, pro(first))
      expect(await raiseLateAlerts(getContainer(), at_(start + 5 * 60_000))).toEqual([])
      expect(await raiseLateAlerts(getContainer(), at_(start + 11 * 60_000))).toEqual([{ appointmentId: id, reason: NOT_ARRIVED }])
      expect((await decisions(id)).filter((action) => action === "late")).toHaveLength(2)
    })

    it("does not let a job cancelled meanwhile be accepted", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      const offer = (await offerFor(first, id))!
      // Cancelled by a path that tells dispatch nothing: the accept itself must notice.
      await appointments().cancelAppointment({ id, expected_status: "confirmed", now: new Date(), fee_fen: 0, refund_fen: 0, actor: "system" })
      expect((await offersOf(first)).map((o) => o.appointment_id)).not.toContain(id) // no longer shown
      const late = await settle(api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first)))
      expect(late.status).toBe(409)
      expect(late.data.code).toBe("OFFER_CLOSED")
      expect((await appointments().listAppointments({ id }))[0].status).toBe("cancelled")
      expect(await decisions(id)).toEqual(["offered", "accepted", "withdrawn"])
    })

    describe("the stored dispatch run", () => {
      const engine = () => getContainer().resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
      const run = async (id: string) => (await engine().listWorkflowExecutions({ workflow_id: dispatchAppointmentWorkflowId, transaction_id: id }))[0]
      const runState = (id: string, state: string) => eventually(() => run(id), (r) => r?.state === state)
      const dispatchOf = async (id: string, token = booking.customerToken) => (await settle(api.get(`/store/appointments/${id}/dispatch`, booking.store(token))))
      const announced: Array<Record<string, unknown>> = []
      beforeAll(() => getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS).subscribe(APPOINTMENT_ASSIGNED_EVENT, async (event) => void announced.push((event as { data: Record<string, unknown> }).data)))

      it("waits in PostgreSQL from the first offer until a beautician accepts, once however often it is started, then announces who", async () => {
        const id = await bookAndPay(api, booking, at("13:00:00"))
        const offer = (await offerFor(first, id))!
        expect((await runState(id, "invoking"))?.state).toBe("invoking")
        await runDispatch(getContainer(), id) // a second order.placed, say
        expect(await dispatch().listOffers({ appointment_id: id })).toHaveLength(1)
        expect((await dispatchOf(id)).data.dispatch).toEqual({ appointment_id: id, state: "finding", beautician_id: null })

        await api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first))
        expect((await runState(id, "done"))?.state).toBe("done")
        expect(announced).toContainEqual({ appointment_id: id, beautician_id: booking.beauticianId, by: "offer" })
        expect((await dispatchOf(id)).data.dispatch).toMatchObject({ state: "assigned", beautician_id: booking.beauticianId })
      })

      it("ends once when the wait and an accept both see the job taken at the same moment, and the accept still succeeds", async () => {
        // The wait is held before it reads the appointment; the accept's ending of the wait is held
        // after it saw the wait parked. The wait then sees the job taken and ends itself first.
        const gate = () => {
          let open!: () => void
          let reached!: () => void
          const opened = new Promise<void>((resolve) => (open = resolve))
          const arrived = new Promise<void>((resolve) => (reached = resolve))
          return { open, arrived, pass: async () => (reached(), opened) }
        }
        const service = appointments() as { listAppointments: AppointmentModuleService["listAppointments"] }
        const list = service.listAppointments
        const waitReads = gate()
        service.listAppointments = (async (...args: Parameters<typeof list>) => {
          if (new Error().stack?.includes("await-beautician")) await waitReads.pass()
          return list.apply(service, args)
        }) as typeof list
        const workflows = engine() as { setStepSuccess: IWorkflowEngineService["setStepSuccess"] }
        const setStepSuccess = workflows.setStepSuccess
        const acceptEnds = gate()
        workflows.setStepSuccess = (async (...args: Parameters<typeof setStepSuccess>) => {
          await acceptEnds.pass()
          return setStepSuccess.apply(workflows, args)
        }) as typeof setStepSuccess
        try {
          const id = await bookAndPay(api, booking, at("11:00:00"))
          const offer = (await offerFor(first, id))!
          await waitReads.arrived
          const accepted = settle(api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first)))
          await acceptEnds.arrived
          waitReads.open()
          expect((await runState(id, "done"))?.state).toBe("done")
          acceptEnds.open()
          expect((await accepted).status).toBe(200)
          expect(announced.filter((a) => a.appointment_id === id)).toEqual([{ appointment_id: id, beautician_id: booking.beauticianId, by: "offer" }])
        } finally {
          service.listAppointments = list
          workflows.setStepSuccess = setStepSuccess
        }
      })

      it("carries on from the database when the process has forgotten it, as after a restart", async () => {
        const id = await bookAndPay(api, booking, at("13:00:00"))
        const offer = (await offerFor(first, id))!
        await runState(id, "invoking")
        // What a restart loses: the engine's in-memory copy of every running workflow.
        ;(DistributedTransaction as unknown as { keyValueStore: { storage: Record<string, unknown> } }).keyValueStore.storage = {}

        await api.post(`/pro/offers/${offer.id}/decline`, { reason: "车坏了" }, pro(first))
        const next = (await offerFor(second, id))!
        await api.post(`/pro/offers/${next.id}/accept`, {}, pro(second))
        expect((await runState(id, "done"))?.state).toBe("done")
        expect(announced).toContainEqual({ appointment_id: id, beautician_id: secondId, by: "offer" })
        expect(await decisions(id)).toEqual(["offered", "declined", "offered", "accepted"])
      })

      it("ends the first offer of a run killed inside it, offering the job once, and the run goes on", async () => {
        const id = await bookAndPay(api, booking, at("16:00:00"))
        const offer = (await offerFor(first, id))!
        await eventually(() => run(id), parkedAtWait)
        // What a kill inside the first offer leaves, once the offer was made: the offer step marked waiting (the
        // engine marks a step so before it runs it), the wait not begun, and nothing moving for a minute. Redis
        // keeps such a checkpoint; this process forgets its own copy, as a restarted one has none.
        await dbConnection.raw(
          `update "workflow_execution" set "updated_at" = now() - interval '1 minute', "execution" = jsonb_set(jsonb_set("execution",
             '{steps,_root.offer-first,invoke}', '{"state": "invoking", "status": "waiting_response"}'),
             '{steps,_root.offer-first.await-beautician,invoke}', '{"state": "not_started", "status": "idle"}')
           where "workflow_id" = ? and "transaction_id" = ?`,
          [dispatchAppointmentWorkflowId, id],
        )
        await dbConnection.raw(`update "appointment" set "updated_at" = now() - interval '1 minute' where "id" = ?`, [id])
        ;(DistributedTransaction as unknown as { keyValueStore: { storage: Record<string, unknown> } }).keyValueStore.storage = {}

        expect(await restartCutShortDispatches(getContainer(), new Date())).toEqual([id])
        expect(parkedAtWait(await eventually(() => run(id), parkedAtWait))).toBe(true)
        expect((await dispatch().listOffers({ appointment_id: id })).map((o) => o.id)).toEqual([offer.id])
        expect((await api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first))).status).toBe(200)
        expect((await runState(id, "done"))?.state).toBe("done")
        expect(await decisions(id)).toEqual(["offered", "accepted"])
      })

      it("tells the customer when the job waits for the studio's staff, and ends when staff assign it", async () => {
        const id = await bookAndPay(api, booking, at("15:00:00"))
        await offerFor(first, id)
        await expireOffers(getContainer(), new Date(Date.now() + 4 * 60_000), { ...DEFAULT_DISPATCH_SETTINGS, maxOffers: 1 })
        expect((await dispatchOf(id)).data.dispatch.state).toBe("waiting_for_merchant")
        const stranger = await booking.signIn("dispatch-stranger@doorstep.local", "stranger-password-1", true)
        expect((await dispatchOf(id, stranger)).status).toBe(404)

        const { email, password } = demo.accounts.commerce_admin
        const admin = (await api.post("/auth/user/emailpass", { email, password })).data.token
        await api.post(`/admin/appointments/${id}/assign`, { beautician_id: secondId, reason: "客户常客" }, { headers: { authorization: `Bearer ${admin}` } })
        expect((await runState(id, "done"))?.state).toBe("done")
        expect(announced).toContainEqual({ appointment_id: id, beautician_id: secondId, by: "staff" })
      })

      it("is called off when the customer cancels: the live offer is withdrawn", async () => {
        const id = await bookAndPay(api, booking, at("13:00:00"))
        const offer = (await offerFor(first, id))!
        await runState(id, "invoking")
        await api.post(`/store/appointments/${id}/cancel`, {}, booking.store(booking.customerToken))
        expect((await eventually(() => decisions(id), (d) => d.includes("withdrawn")))).toEqual(["offered", "withdrawn"])
        const ended = (state?: string) => state === "failed" || state === "reverted"
        expect(ended((await eventually(() => run(id), (r) => ended(r?.state)))?.state)).toBe(true)
        const late = await settle(api.post(`/pro/offers/${offer.id}/accept`, {}, pro(first)))
        expect(late.data.code).toBe("OFFER_CLOSED")
        expect((await dispatchOf(id)).data.dispatch.state).toBe("none")
      })
    })
  },
})
