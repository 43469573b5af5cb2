import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { atOn, beauticianToken, bookAndPay, bookingDay, captureOrder, demo, eventually, finishJob, prepareBooking, settle, staffAccount, type Booking } from "../helpers/booking"

jest.setTimeout(240 * 1000)

const DAY = 24 * 3600_000

/**
 * A studio's customers (M6): who booked with it, visits, spend net of
 * refunds, segments as of now, the studio's own tags and private notes (never
 * another studio's), every read in the access log, bad input refused.
 *
 * The clock is controlled by moving each finished visit to a chosen number of
 * days before now: customer one has three visits with Jing'an (100, 40 and 10
 * days ago) and a late cancellation refunded by half; customer two one visit
 * 90 days ago; customer three booked only with Xuhui, where customer one also
 * had a visit five days ago.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    const tokens = {} as Record<"platform" | "managerA" | "staffA" | "managerB", string>
    const ids = { one: "", two: "", three: "", managerA: "", staffA: "", beauticianB: "" }
    let price = 0
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const auth = (who: keyof typeof tokens) => ({ headers: { authorization: `Bearer ${tokens[who]}` } })
    const get = (who: keyof typeof tokens, path: string) => settle(api.get(path, auth(who)))
    const post = (who: keyof typeof tokens, path: string, body: unknown) => settle(api.post(path, body, auth(who)))
    const A = "/admin/merchants/jingan-lumiere/customers"
    const B = "/admin/merchants/xuhui-qingyu/customers"

    /** Moves a visit to `days` days before now (keeping its length). */
    async function daysAgo(id: string, days: number) {
      const [visit] = await appointments().listAppointments({ id })
      const shift = Date.now() - days * DAY - new Date(visit.starts_at).getTime()
      const moved = (value: Date) => new Date(new Date(value).getTime() + shift)
      await appointments().updateAppointments({ id, starts_at: moved(visit.starts_at), ends_at: moved(visit.ends_at), blocked_from: moved(visit.blocked_from), blocked_until: moved(visit.blocked_until) })
    }

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      // The demo's past visits are set aside: the figures below are these customers' alone.
      await dbConnection.raw(`update "appointment" set "deleted_at" = now() where "deleted_at" is null`)
      const proA = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      const [beauticianA] = await appointments().listBeauticians({ id: booking.beauticianId })
      const [beauticianB] = await appointments().createBeauticians([
        {
          handle: "test-xuhui-b",
          merchant_handle: "xuhui-qingyu",
          display_name: "徐汇美容师",
          email: "test-xuhui-b@doorstep.local",
          phone: "+8613900000009",
          status: "active",
          timezone: beauticianA.timezone,
          home_lat: beauticianA.home_lat,
          home_lng: beauticianA.home_lng,
          service_radius_km: beauticianA.service_radius_km,
          skill_product_ids: beauticianA.skill_product_ids,
        },
      ])
      ids.beauticianB = beauticianB.id
      await appointments().createWorkingHours([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ beautician_id: beauticianB.id, weekday, start_time: "09:00", end_time: "21:00" })))
      const proB = await beauticianToken(api, getContainer(), beauticianB.id, "test-xuhui-b@doorstep.local")
      const withB = { ...booking, beauticianId: beauticianB.id }

      const two = await booking.signIn("customer-two@doorstep.local", "customer-two-1", true)
      const three = await booking.signIn("customer-three@doorstep.local", "customer-three-1", true)
      const me = async (token: string) => (await api.get("/store/customers/me", booking.store(token))).data.customer.id as string
      ids.one = await me(booking.customerToken)
      ids.two = await me(two)
      ids.three = await me(three)
      await getContainer().resolve(Modules.CUSTOMER).updateCustomers(ids.two, { phone: "+8613700001111", first_name: "二号" })

      const at = atOn(bookingDay())
      const paid = (b: Booking, time: string, token: string) =>
        bookAndPay(api, b, at(time), token).catch((error) => {
          throw new Error(`No booking at ${time}: ${JSON.stringify(error.response?.data ?? error.message)}`)
        })
      const finished = async (b: Booking, pro: string, time: string, token: string, days: number) => {
        const id = await paid(b, time, token)
        await finishJob(api, getContainer(), id, pro)
        await daysAgo(id, days)
        return id
      }
      const first = await finished(booking, proA, "10:00:00", booking.customerToken, 100)
      await finished(booking, proA, "12:00:00", booking.customerToken, 40)
      await finished(booking, proA, "14:00:00", booking.customerToken, 10)
      await finished(booking, proA, "16:00:00", two, 90)
      await finished(withB, proB, "10:00:00", booking.customerToken, 5)
      await finished(withB, proB, "12:00:00", three, 20)
      price = (await appointments().listAppointments({ id: first }))[0].paid_fen!

      // A late cancellation (3 hours before): half refunded, half kept as the fee.
      const late = await paid(booking, "18:00:00", booking.customerToken)
      const [stored] = await appointments().listAppointments({ id: late })
      await captureOrder(getContainer(), stored.order_id!)
      await daysAgo(late, -3 / 24)
      await api.post(`/store/appointments/${late}/cancel`, {}, booking.store(booking.customerToken))

      const { email, password } = demo.accounts.commerce_admin
      tokens.platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      tokens.managerA = await staffAccount(api, getContainer(), "manager.a@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      tokens.staffA = await staffAccount(api, getContainer(), "staff.a@studio.example.cn", { role: "merchant_staff", merchant_handle: "jingan-lumiere" })
      tokens.managerB = await staffAccount(api, getContainer(), "manager.b@studio.example.cn", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })
      ids.managerA = (await api.get("/admin/users/me", auth("managerA"))).data.user.id
      ids.staffA = (await api.get("/admin/users/me", auth("staffA"))).data.user.id
    })

    it("counts completed visits and spend net of refunds, for the studio's own bookings only", async () => {
      const list = await get("managerA", A)
      expect(list.status).toBe(200)
      expect(price).toBe(21800)
      expect(list.data).toMatchObject({ count: 2, limit: 20, offset: 0 })
      const [one, two] = list.data.customers // last visit, newest first
      expect(one).toMatchObject({ id: ids.one, visits: 3, bookings: 4, spend_fen: 3 * 21800 + 10900, segments: ["regular"], tags: [] })
      expect(new Date(one.first_visit_at).getTime()).toBeCloseTo(Date.now() - 100 * DAY, -6)
      expect(new Date(one.last_visit_at).getTime()).toBeCloseTo(Date.now() - 10 * DAY, -6)
      expect(two).toMatchObject({ id: ids.two, name: "林小雨", phone: "+86 ••• •••• 1111", visits: 1, bookings: 1, spend_fen: 21800, segments: ["new", "lapsed_60"] })
      // Studio B knows customer one by their one visit there, and customer three; never customer two.
      const seenByB = (await get("managerB", B)).data
      expect(seenByB.customers.map((c: { id: string; visits: number; spend_fen: number }) => [c.id, c.visits, c.spend_fen])).toEqual([
        [ids.one, 1, 21800],
        [ids.three, 1, 21800],
      ])
      expect((await get("managerA", `${A}/${ids.three}`)).data).toMatchObject({ code: "CUSTOMER_NOT_FOUND" })
      expect((await get("managerB", `${B}/${ids.two}`)).status).toBe(404)
      // Another studio's staff do not reach this studio's list at all.
      expect((await get("managerB", A)).status).toBe(404)
    })

    it("filters by segment and search, sorts and pages on the server with a count", async () => {
      const found = async (query: string, who: keyof typeof tokens = "staffA") => {
        const answer = await get(who, `${A}?${query}`)
        expect(answer.status).toBe(200)
        return [answer.data.customers.map((c: { id: string }) => c.id), answer.data.count]
      }
      expect(await found("segment=regular")).toEqual([[ids.one], 1])
      expect(await found("segment=new")).toEqual([[ids.two], 1])
      expect(await found("segment=lapsed_60")).toEqual([[ids.two], 1])
      expect(await found("sort=spend&order=desc")).toEqual([[ids.one, ids.two], 2])
      expect(await found("sort=visits&order=asc")).toEqual([[ids.two, ids.one], 2])
      expect(await found("sort=spend&limit=1")).toEqual([[ids.one], 2])
      expect(await found("sort=spend&limit=1&offset=1")).toEqual([[ids.two], 2])
      expect(await found("offset=50")).toEqual([[], 2])
      expect(await found("q=00001111")).toEqual([[ids.two], 1]) // the account's phone
      expect(await found("q=二号")).toEqual([[ids.two], 1]) // the account's name
      expect(await found("q=林小雨")).toEqual([[ids.one, ids.two], 2]) // the name on the bookings
      expect(await found("q=nobody")).toEqual([[], 0])

      // Customer one's two latest visits slip past 60 days: lapsed, no longer regular.
      const [latest, before] = await appointments().listAppointments({ customer_id: ids.one, beautician_id: booking.beauticianId, status: "completed" }, { order: { starts_at: "DESC" }, take: 2 })
      await daysAgo(latest.id, 61)
      await daysAgo(before.id, 62)
      expect(await found("segment=regular")).toEqual([[], 0])
      expect(await found("segment=lapsed_60")).toEqual([[ids.one, ids.two], 2])
      await daysAgo(latest.id, 10)
      await daysAgo(before.id, 40)
    })

    it("keeps tags and notes to the studio that wrote them", async () => {
      expect((await post("staffA", `${A}/${ids.one}/tags`, { tags: ["VIP", " 敏感肌 "] })).data).toEqual({ tags: ["VIP", "敏感肌"] })
      const note = await post("staffA", `${A}/${ids.one}/notes`, { body: "对精油过敏，请用无香型产品" })
      expect(note.status).toBe(201)
      expect(note.data.note).toMatchObject({ body: "对精油过敏，请用无香型产品", author_id: ids.staffA })
      await post("managerB", `${B}/${ids.one}/notes`, { body: "徐汇店的备注" })
      await post("managerB", `${B}/${ids.one}/tags`, { tags: ["老客"] })

      const seenByA = (await get("managerA", `${A}/${ids.one}`)).data.customer
      expect(seenByA).toMatchObject({ id: ids.one, visits: 3, tags: ["VIP", "敏感肌"], notes: [{ id: note.data.note.id, body: "对精油过敏，请用无香型产品" }] })
      expect(seenByA.appointments.map((a: { status: string }) => a.status).sort()).toEqual(["cancelled", "completed", "completed", "completed"])
      expect(seenByA.appointments.every((a: { beautician: { id: string } }) => a.beautician.id === booking.beauticianId)).toBe(true)
      const seenByB = (await get("managerB", `${B}/${ids.one}`)).data.customer
      expect(seenByB).toMatchObject({ visits: 1, tags: ["老客"], notes: [{ body: "徐汇店的备注" }] })
      expect(seenByB.appointments).toHaveLength(1)
      expect((await get("managerA", `${A}?tag=VIP`)).data).toMatchObject({ count: 1, customers: [{ id: ids.one, tags: ["VIP", "敏感肌"] }] })
      expect((await get("managerB", `${B}?tag=VIP`)).data).toMatchObject({ count: 0, customers: [] })
      // Sets sent at once: each answers, and one of them stands whole.
      const sets = [["甲"], ["乙", "丙"], ["丁"], ["戊", "己"], ["庚"]]
      const answers = await Promise.all(sets.map((tags) => post("staffA", `${A}/${ids.two}/tags`, { tags })))
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
      const stood = (await get("staffA", `${A}/${ids.two}`)).data.customer.tags
      expect(sets.map((tags) => [...tags].sort())).toContainEqual(stood)
      // Setting replaces; an empty list clears.
      expect((await post("managerA", `${A}/${ids.two}/tags`, { tags: ["新客"] })).data).toEqual({ tags: ["新客"] })
      expect((await post("managerA", `${A}/${ids.two}/tags`, { tags: [] })).data).toEqual({ tags: [] })

      // B cannot delete A's note, whichever path it takes; A's staff may not either; A's manager may.
      expect((await settle(api.delete(`${B}/${ids.one}/notes/${note.data.note.id}`, auth("managerB")))).data).toMatchObject({ code: "NOTE_NOT_FOUND" })
      expect((await settle(api.delete(`${A}/${ids.one}/notes/${note.data.note.id}`, auth("managerB")))).status).toBe(404)
      expect((await settle(api.delete(`${A}/${ids.one}/notes/${note.data.note.id}`, auth("staffA")))).data).toMatchObject({ code: "FORBIDDEN_FOR_ROLE" })
      expect((await settle(api.delete(`${A}/${ids.two}/notes/${note.data.note.id}`, auth("managerA")))).status).toBe(404) // not that customer's
      expect((await settle(api.delete(`${A}/${ids.one}/notes/${note.data.note.id}`, auth("managerA")))).data).toEqual({ id: note.data.note.id, object: "studio_customer_note", deleted: true })
      expect((await get("managerA", `${A}/${ids.one}`)).data.customer.notes).toEqual([])
      expect((await get("managerB", `${B}/${ids.one}`)).data.customer.notes).toHaveLength(1)
    })

    it("refuses bad input with a stable code and writes nothing", async () => {
      const rows = async () => (await dbConnection.raw(`select (select count(*) from "studio_customer_note")::int + (select count(*) from "studio_customer_tag")::int as "n"`)).rows[0].n
      const before = await rows()
      const cases: Array<[Promise<{ status: number; data: Record<string, any> }>, number, string, string?]> = [
        [get("managerA", `${A}?segment=loyal`), 400, "INVALID_INPUT", "segment"],
        [get("managerA", `${A}?sort=name`), 400, "INVALID_INPUT", "sort"],
        [get("managerA", `${A}?limit=0`), 400, "INVALID_INPUT", "limit"],
        [get("managerA", `${A}?limit=101`), 400, "INVALID_INPUT", "limit"],
        [get("managerA", `${A}?page=2`), 400, "INVALID_INPUT", "page"],
        [post("managerA", `${A}/${ids.one}/tags`, { tags: "VIP" }), 400, "INVALID_INPUT", "tags"],
        [post("managerA", `${A}/${ids.one}/tags`, { tags: ["VIP", "VIP"] }), 400, "INVALID_INPUT", "tags"],
        [post("managerA", `${A}/${ids.one}/tags`, { tags: ["这是一个超过二十个字符长度的非常非常长的标签"] }), 400, "INVALID_INPUT", "tags.0"],
        [post("managerA", `${A}/${ids.one}/notes`, { body: "   " }), 400, "INVALID_INPUT", "body"],
        [post("managerA", `${A}/${ids.one}/notes`, { body: "ok", pinned: true }), 400, "INVALID_INPUT", "pinned"],
        [post("managerA", `${A}/${ids.three}/notes`, { body: "从未在本店预约" }), 404, "CUSTOMER_NOT_FOUND"],
        [post("managerA", `${A}/cus_nobody/tags`, { tags: ["VIP"] }), 404, "CUSTOMER_NOT_FOUND"],
        [post("platform", "/admin/merchants/no-such-studio/customers/x/notes", { body: "?" }), 404, "MERCHANT_NOT_FOUND"],
      ]
      for (const [answer, status, code, field] of cases) {
        const { status: got, data } = await answer
        expect({ got, code: data.code, field: data.field }).toEqual({ got: status, code, field })
      }
      expect(await rows()).toBe(before)
    })

    it("shows the whole phone only while the customer expects the studio, and to the platform", async () => {
      const detail = async (who: keyof typeof tokens) => (await get(who, `${A}/${ids.two}`)).data.customer
      expect(await detail("staffA")).toMatchObject({ phone: "+86 ••• •••• 1111", phone_masked: true })
      expect(await detail("platform")).toMatchObject({ phone: "+8613700001111", phone_masked: false })
      const two = await booking.signIn("customer-two@doorstep.local", "customer-two-1")
      await bookAndPay(api, booking, atOn(bookingDay())("18:00:00"), two)
      expect(await detail("staffA")).toMatchObject({ phone: "+8613700001111", phone_masked: false, visits: 1, bookings: 2 })
      // The list always masks.
      expect((await get("staffA", `${A}?q=00001111`)).data.customers[0].phone).toBe("+86 ••• •••• 1111")
    })

    it("logs every read of the studio's customers in the access log", async () => {
      const started = new Date()
      await get("staffA", `${A}?segment=new`)
      await get("staffA", `${A}/${ids.two}`)
      await get("managerB", `${A}/${ids.two}`) // refused: not logged
      const reads = async () =>
        (await dbConnection.raw(`select * from "personal_data_access" where "created_at" >= ? and "route" like '%/customers%' order by "created_at"`, [started])).rows as Array<Record<string, any>>
      const logged = await eventually(reads, (rows) => rows.length >= 2)
      expect(logged.map((row) => [row.actor_id, row.role, row.merchant_handle, row.route, row.subject_id, row.query])).toEqual([
        [ids.staffA, "merchant_staff", "jingan-lumiere", A, null, { segment: "new" }],
        [ids.staffA, "merchant_staff", "jingan-lumiere", `${A}/${ids.two}`, ids.two, null],
      ])
      // The platform finds them in the log by the customer read.
      const log = (await get("platform", `/admin/privacy/access-log?subject_id=${ids.two}`)).data.reads
      expect(log.some((read: { route: string; actor_id: string }) => read.route === `${A}/${ids.two}` && read.actor_id === ids.staffA)).toBe(true)
    })

    it("erases a studio's tags and notes about a customer who deletes their account", async () => {
      await post("managerB", `${B}/${ids.three}/tags`, { tags: ["VIP"] })
      await post("managerB", `${B}/${ids.three}/notes`, { body: "喜欢下午预约" })
      const three = await booking.signIn("customer-three@doorstep.local", "customer-three-1")
      expect((await settle(api.post("/store/privacy/delete-account", { confirm: "DELETE" }, booking.store(three)))).status).toBe(200)
      const left = await dbConnection.raw(
        `select (select count(*) from "studio_customer_tag" where "customer_id" = ?)::int + (select count(*) from "studio_customer_note" where "customer_id" = ?)::int as "n"`,
        [ids.three, ids.three],
      )
      expect(left.rows[0].n).toBe(0)
      expect((await get("managerB", `${B}/${ids.three}`)).data.customer).toMatchObject({ tags: [], notes: [], visits: 1 })
    })
  },
})
