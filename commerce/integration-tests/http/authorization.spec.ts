import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { CLIENTELE_MODULE, type ClienteleModuleService } from "@doorstep/trust/modules/clientele"
import { DateTime } from "luxon"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { backOfficeCast, studioService } from "../helpers/back-office"
import { bookingDay, settle, ZONE, type Booking } from "../helpers/booking"

jest.setTimeout(180 * 1000)

type Role = "platform" | "managerA" | "staffA" | "managerB" | "support" | "nobody" | "beautician" | "anonymous"
const ROLES: Role[] = ["platform", "managerA", "staffA", "managerB", "support", "nobody", "beautician", "anonymous"]
/** What a case expects; a beautician's token opens no back-office route, so unless said otherwise it gets 401. */
type Expected = Omit<Record<Role, number>, "beautician"> & { beautician?: number }

/**
 * Every back-office route a non-platform role may reach, and a sample of
 * those it may not, for each role, against objects of merchant A (Jing'an):
 * another merchant's staff get 404, a role without the route 403, nobody data.
 * A beautician (A's) reaches their own portal routes and no back-office one.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let booking: Booking
    const tokens = {} as Record<Role, string | undefined>
    const ids = { beauticianA: "", colleagueA: "", beauticianB: "", appointment: "", cancelled: "", order: "", managerA: "", serviceA: "", applicationA: "", photoA: "" }
    /** The portal's callers: someone applying (a phone sign-in without a beautician), a beautician, a customer, a back-office user. */
    const portal = {} as Record<"applicant" | "beautician" | "customer" | "staff", string>
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const customerOfA = { id: "", visit: "" }

    beforeAll(async () => {
      const cast = await backOfficeCast(api, getContainer())
      booking = cast.booking
      Object.assign(ids, cast.ids)
      Object.assign(tokens, cast.tokens, { beautician: cast.portal.beautician })
      customerOfA.id = cast.ids.customerOfA
      customerOfA.visit = cast.ids.visitOfA
      Object.assign(portal, { applicant: cast.portal.applicant, beautician: cast.portal.colleague, customer: cast.portal.customer, staff: cast.tokens.platform })
    })

    const call = (role: Role, method: "get" | "post" | "put" | "delete", path: string, body?: unknown) => {
      const headers = tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}
      return settle(method === "get" || method === "delete" ? api[method](path, { headers }) : api[method](path, body ?? {}, { headers }))
    }
    /** A's appointments as stored, and every change recorded on them: what a refused write must leave alone. */
    const appointmentsOfA = async () => {
      const rows = await appointments().listAppointments({ id: [ids.appointment, ids.cancelled] }, { select: ["id", "status", "starts_at", "cancelled_at", "refund_fen"], order: { id: "ASC" } })
      return { rows, changes: (await appointments().listAppointmentChanges({ appointment_id: [ids.appointment, ids.cancelled] })).length }
    }
    const inDays = (days: number, hour: number) => DateTime.fromISO(`${bookingDay()}T00:00:00`, { zone: ZONE }).plus({ days, hours: hour }).toISO()!

    // What each role gets; a denied answer carries an error only.
    const cases: Array<{ name: string; request: () => [Parameters<typeof call>[1], string, unknown?]; expect: Expected }> = [
      {
        name: "A's beautician's working hours",
        request: () => ["get", `/admin/beauticians/${ids.beauticianA}/working-hours`],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "time off for A's beautician",
        request: () => ["post", `/admin/beauticians/${ids.beauticianA}/time-off`, { starts_at: inDays(20, 9), ends_at: inDays(20, 10), reason: "培训" }],
        expect: { platform: 201, managerA: 201, staffA: 201, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "A's beautician's time off",
        request: () => ["get", `/admin/beauticians/${ids.beauticianA}/time-off`],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "B's beautician's date overrides",
        request: () => ["get", `/admin/beauticians/${ids.beauticianB}/date-overrides`],
        expect: { platform: 200, managerA: 404, staffA: 404, managerB: 200, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "the dispatch log of A's appointment",
        request: () => ["get", `/admin/appointments/${ids.appointment}/dispatch`],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 200, nobody: 403, anonymous: 401 },
      },
      {
        name: "assigning A's appointment to B's beautician",
        request: () => ["post", `/admin/appointments/${ids.appointment}/assign`, { beautician_id: ids.beauticianB, reason: "试试" }],
        expect: { platform: 200, managerA: 404, staffA: 404, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "every order",
        request: () => ["get", "/admin/orders"],
        expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "promoting manager A to platform admin",
        request: () => ["post", `/admin/users/${ids.managerA}`, { metadata: { role: "platform_admin" } }],
        expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "studio A's settings",
        request: () => ["get", "/admin/merchants/jingan-lumiere/settings"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "changing studio A's settings",
        request: () => ["post", "/admin/merchants/jingan-lumiere/settings", { service_districts: ["静安区", "黄浦区"] }],
        expect: { platform: 200, managerA: 200, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "studio A's commission plan",
        request: () => ["post", "/admin/merchants/jingan-lumiere/commission", { commission_percent: 20, beautician_percent: 70, reason: "年度复核" }],
        expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "how A's beautician has done",
        request: () => ["get", `/admin/merchants/jingan-lumiere/beauticians/${ids.beauticianA}/performance`],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "studio A's monthly statement",
        request: () => ["get", "/admin/merchants/jingan-lumiere/statements/2026-11"],
        expect: { platform: 200, managerA: 200, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "tickets about studio A's jobs",
        request: () => ["get", "/admin/merchants/jingan-lumiere/tickets"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "support's ticket queue",
        request: () => ["get", "/admin/tickets"],
        expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 200, nobody: 403, anonymous: 401 },
      },
      {
        name: "the reviews of studio A's jobs",
        request: () => ["get", "/admin/merchants/jingan-lumiere/reviews?hidden=false"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "every studio's reviews, to moderate",
        request: () => ["get", "/admin/reviews?rating=1"],
        expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 200, nobody: 403, anonymous: 401 },
      },
      {
        name: "the log of staff reads of personal data",
        request: () => ["get", "/admin/privacy/access-log"],
        expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "where an order's money is",
        request: () => ["get", `/admin/orders/${ids.order}/money`],
        expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        // No cms in this spec: the platform reaches the route, which says it has no cms to reconcile with.
        name: "reconciling with the cms",
        request: () => ["post", "/admin/content/reconcile", {}],
        expect: { platform: 503, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "an applicant's ID photo in A's application",
        request: () => ["get", `/admin/merchants/jingan-lumiere/beautician-applications/${ids.applicationA}/documents/${ids.photoA}`],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "A's applicant's photo through B's path",
        request: () => ["get", `/admin/merchants/xuhui-qingyu/beautician-applications/${ids.applicationA}/documents/${ids.photoA}`],
        expect: { platform: 404, managerA: 404, staffA: 404, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "who am I",
        request: () => ["get", "/admin/users/me"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 200, support: 200, nobody: 403, anonymous: 401 },
      },
    ]

    cases.push(
      {
        name: "studio A's own services",
        request: () => ["get", "/admin/merchants/jingan-lumiere/services"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "adding a service to studio A",
        request: () => ["post", "/admin/merchants/jingan-lumiere/services", studioService],
        expect: { platform: 201, managerA: 201, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "unpublishing studio A's service",
        request: () => ["post", `/admin/merchants/jingan-lumiere/services/${ids.serviceA}`, { status: "draft" }],
        expect: { platform: 200, managerA: 200, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "studio A's service through studio B's path",
        request: () => ["get", `/admin/merchants/xuhui-qingyu/services/${ids.serviceA}`],
        expect: { platform: 404, managerA: 404, staffA: 404, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
    )

    // The dispatch board and the beauticians screen (issue 18): the queue and the map are the caller's own studio's.
    cases.push(
      {
        name: "the dispatch queue (the caller's studio)",
        request: () => ["get", "/admin/dispatch/queue"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 200, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "studio A's dispatch queue by name",
        request: () => ["get", "/admin/dispatch/queue?merchant_handle=jingan-lumiere"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "studio A's beauticians on the map",
        request: () => ["get", "/admin/dispatch/positions?merchant_handle=jingan-lumiere"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "studio A's beauticians",
        request: () => ["get", "/admin/merchants/jingan-lumiere/beauticians"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
    )
    // Reports (M5): a studio's manager reads their own studio's, chosen on the server (another's handle is "not found"); the platform any.
    cases.push(
      {
        name: "studio A's revenue report",
        request: () => ["get", "/admin/reports/revenue?merchant_handle=jingan-lumiere"],
        expect: { platform: 200, managerA: 200, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "the dashboard of one's studio",
        request: () => ["get", "/admin/reports/dashboard"],
        expect: { platform: 200, managerA: 200, staffA: 403, managerB: 200, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "bookings of every studio, by studio",
        request: () => ["get", "/admin/reports/bookings?group_by=studio"],
        expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
      },
    )

    // Appointments (issue 18): the list is the caller's studio's; one appointment is its studio's (support reads any).
    // The writes are sent so that a caller who gets through is refused by the rules, not the gate: nothing changes.
    cases.push(
      {
        name: "appointments (the caller's studio)",
        request: () => ["get", "/admin/appointments"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 200, support: 200, nobody: 403, anonymous: 401 },
      },
      {
        name: "studio A's appointments by name",
        request: () => ["get", "/admin/appointments?merchant_handle=jingan-lumiere"],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 200, nobody: 403, anonymous: 401 },
      },
      {
        name: "one of A's appointments",
        request: () => ["get", `/admin/appointments/${ids.appointment}`],
        expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 200, nobody: 403, anonymous: 401 },
      },
      {
        name: "cancelling A's cancelled appointment",
        request: () => ["post", `/admin/appointments/${ids.cancelled}/cancel`, { reason: "再取消一次" }],
        expect: { platform: 409, managerA: 409, staffA: 409, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "moving A's appointment into the past",
        request: () => ["post", `/admin/appointments/${ids.appointment}/reschedule`, { start: "2020-01-01T10:00:00+08:00", reason: "测试" }],
        expect: { platform: 400, managerA: 400, staffA: 400, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
      {
        name: "refunding more than A's customer paid",
        request: () => ["post", `/admin/appointments/${ids.appointment}/refund`, { amount_fen: 99_999_999, reason: "测试" }],
        expect: { platform: 409, managerA: 409, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
      },
    )

    const everyoneBut = (role: Role, status: number, others: number) => Object.fromEntries(ROLES.map((r) => [r, r === role ? status : others])) as Record<Role, number>
    cases.push(
      {
        name: "the beautician's calendar feed URL",
        request: () => ["get", "/pro/calendar-feed"],
        expect: everyoneBut("beautician", 200, 401),
      },
      {
        name: "renewing the beautician's calendar feed",
        request: () => ["post", "/pro/calendar-feed/renew", {}],
        expect: everyoneBut("beautician", 200, 401),
      },
      {
        // No cms in this spec: the beautician reaches the route, which says the cms cannot be read.
        name: "the beautician's profile",
        request: () => ["get", "/pro/profile"],
        expect: everyoneBut("beautician", 503, 401),
      },
      {
        // The URL's token is the only key: a signed-in person without it finds nothing either.
        name: "a calendar feed with a made-up token",
        request: () => ["get", `/calendar/${"A".repeat(43)}.ics`],
        expect: everyoneBut("beautician", 404, 404), // everyone alike
      },
    )

    it.each(cases.map((c) => [c.name, { ...c, expect: { beautician: 401, ...c.expect } as Record<Role, number> }] as const))("%s", async (_, { request, expect: expected }) => {
      const timeOffBefore = (await appointments().listTimeOffs({ beautician_id: ids.beauticianA })).length
      const appointmentsBefore = await appointmentsOfA()
      const got = {} as Record<Role, number>
      const leaked: string[] = []
      // Those to be refused ask at once: refusals write nothing, whatever order they come in.
      await Promise.all(
        ROLES.filter((role) => expected[role] >= 400).map(async (role) => {
          const [method, path, body] = request()
          const answer = await call(role, method, path, body)
          got[role] = answer.status
          // An error names the field at fault (`field`) and nothing else of the record.
          const extra = Object.keys(answer.data ?? {}).filter((key) => !["type", "code", "message", "field"].includes(key))
          if (extra.length) leaked.push(`${role}: ${extra.join(", ")}`)
        }),
      )
      // Nothing was written by those refused.
      expect((await appointments().listTimeOffs({ beautician_id: ids.beauticianA })).length).toBe(timeOffBefore)
      expect(await appointmentsOfA()).toEqual(appointmentsBefore)
      for (const role of ROLES) {
        if (!(role in got)) {
          const [method, path, body] = request()
          got[role] = (await call(role, method, path, body)).status
        }
      }
      expect(got).toEqual(expected)
      expect(leaked).toEqual([])
    })

    it("removing A's beautician's time off: A's staff and the platform; the others remove nothing", async () => {
      const expected: Record<Role, number> = { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, beautician: 401, anonymous: 401 }
      const got = {} as Record<Role, number>
      for (const [i, role] of ROLES.entries()) {
        const [block] = await appointments().createTimeOffs([{ beautician_id: ids.beauticianA, starts_at: new Date(inDays(40 + i, 9)), ends_at: new Date(inDays(40 + i, 10)), reason: "测试" }])
        got[role] = (await call(role, "delete", `/admin/beauticians/${ids.beauticianA}/time-off/${block.id}`)).status
        expect((await appointments().listTimeOffs({ id: block.id })).length).toBe(got[role] === 200 ? 0 : 1)
      }
      expect(got).toEqual(expected)
    })

    type Caller = keyof typeof portal | "anonymous"
    // The portal's routes for people applying to a studio, beside a beautician's own: who gets through.
    const portalCases: Array<{ name: string; request: () => ["get" | "post", string, unknown?]; expect: Record<Caller, number> }> = [
      { name: "the studios taking applications", request: () => ["get", "/pro/studios"], expect: { applicant: 200, beautician: 200, customer: 401, staff: 401, anonymous: 401 } },
      { name: "where my application stands", request: () => ["get", "/pro/application"], expect: { applicant: 200, beautician: 200, customer: 401, staff: 401, anonymous: 401 } },
      { name: "applying (an empty form)", request: () => ["post", "/pro/application", {}], expect: { applicant: 400, beautician: 400, customer: 401, staff: 401, anonymous: 401 } },
      { name: "a photo for an application (none sent)", request: () => ["post", "/pro/application/documents", {}], expect: { applicant: 400, beautician: 400, customer: 401, staff: 401, anonymous: 401 } },
      { name: "a beautician's own page", request: () => ["get", "/pro/me"], expect: { applicant: 401, beautician: 200, customer: 401, staff: 401, anonymous: 401 } },
      { name: "a beautician's offers", request: () => ["get", "/pro/offers"], expect: { applicant: 401, beautician: 200, customer: 401, staff: 401, anonymous: 401 } },
    ]

    it.each(portalCases.map((c) => [c.name, c] as const))("portal: %s", async (_, { request, expect: expected }) => {
      const got = {} as Record<Caller, number>
      for (const caller of Object.keys(expected) as Caller[]) {
        const [method, path, body] = request()
        const headers = caller === "anonymous" ? {} : { authorization: `Bearer ${portal[caller]}` }
        got[caller] = (await settle(method === "get" ? api.get(path, { headers }) : api.post(path, body ?? {}, { headers }))).status
      }
      expect(got).toEqual(expected)
    })

    // A studio's customers (M6), against a customer who booked with A only. Each DELETE gets a fresh note; refused writes leave tags and notes as they were.
    describe("a studio's customers", () => {
      const A = "/admin/merchants/jingan-lumiere/customers"
      const clientele = () => getContainer().resolve<ClienteleModuleService>(CLIENTELE_MODULE)
      let customer = ""
      beforeAll(async () => {
        // A visit done with A's beautician: out of dispatch's hands.
        await appointments().updateAppointments({ id: customerOfA.visit, status: "completed", beautician_id: booking.beauticianId })
        customer = customerOfA.id
        if (!customer) throw new Error("No customer of A")
      })
      const kept = async (of: string) => (await clientele().listStudioCustomerTags({ customer_id: of })).length + (await clientele().listStudioCustomerNotes({ customer_id: of })).length
      const freshNote = async (of: string) => (await clientele().createStudioCustomerNotes({ merchant_handle: "jingan-lumiere", customer_id: of, author_id: ids.managerA, body: "测试备注" })).id
      const customerCases: Array<{ name: string; request: (customer: string) => Promise<[Parameters<typeof call>[1], string, unknown?]>; expect: Expected }> = [
        { name: "A's customers", request: async () => ["get", `${A}?sort=spend`], expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 } },
        { name: "a customer of A", request: async (c) => ["get", `${A}/${c}`], expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 } },
        {
          name: "A's customer through B's path",
          request: async (c) => ["get", `/admin/merchants/xuhui-qingyu/customers/${c}`],
          expect: { platform: 404, managerA: 404, staffA: 404, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
        },
        { name: "tagging A's customer", request: async (c) => ["post", `${A}/${c}/tags`, { tags: ["VIP"] }], expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 } },
        { name: "a note on A's customer", request: async (c) => ["post", `${A}/${c}/notes`, { body: "喜欢安静" }], expect: { platform: 201, managerA: 201, staffA: 201, managerB: 404, support: 403, nobody: 403, anonymous: 401 } },
        {
          name: "deleting A's note",
          request: async (c) => ["delete", `${A}/${c}/notes/${await freshNote(c)}`],
          expect: { platform: 200, managerA: 200, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
        },
      ]

      it.each(customerCases.map((c) => [c.name, { ...c, expect: { beautician: 401, ...c.expect } as Record<Role, number> }] as const))("%s", async (_, { request, expect: expected }) => {
        const got = {} as Record<Role, number>
        for (const role of ROLES.filter((r) => expected[r] >= 400)) {
          const [method, path, body] = await request(customer)
          const before = await kept(customer)
          const answer = await call(role, method, path, body)
          got[role] = answer.status
          expect(Object.keys(answer.data ?? {}).filter((key) => !["type", "code", "message"].includes(key))).toEqual([])
          // Nothing was written by those refused (a DELETE's fresh note is counted in before).
          expect(await kept(customer)).toBe(before)
        }
        for (const role of ROLES.filter((r) => expected[r] < 400)) {
          const [method, path, body] = await request(customer)
          got[role] = (await call(role, method, path, body)).status
        }
        expect(got).toEqual(expected)
      })
    })

    // Promotions (M10): A's codes for A's own service; the platform's list and its own codes. Each write asks for a fresh code;
    // refused ones leave the promotions as they were.
    describe("promotions", () => {
      const P = "/admin/merchants/jingan-lumiere/promotions"
      let fresh = 0
      const code = () => `AUTHZ${++fresh}`
      const promotions = async () => (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`select "id", "code", "status" from "promotion" where "deleted_at" is null order by "id"`)).rows
      // Medusa's runner restores the database before each test: every request makes the code it needs.
      const codeOfA = async () => {
        const created = await call("managerA", "post", P, { code: code(), kind: "percentage", percent: 10, product_ids: [ids.serviceA] })
        if (created.status !== 201) throw new Error(JSON.stringify(created.data))
        return created.data.promotion.id as string
      }
      const promotionCases: Array<{ name: string; request: () => Promise<[Parameters<typeof call>[1], string, unknown?]>; expect: Expected }> = [
        { name: "A's promotion codes", request: async () => ["get", P], expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 } },
        { name: "one of A's codes", request: async () => ["get", `${P}/${await codeOfA()}`], expect: { platform: 200, managerA: 200, staffA: 200, managerB: 404, support: 403, nobody: 403, anonymous: 401 } },
        {
          name: "a code for A's service",
          request: async () => ["post", P, { code: code(), kind: "fixed", amount_fen: 1000, product_ids: [ids.serviceA] }],
          expect: { platform: 201, managerA: 201, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
        },
        {
          name: "deactivating A's code",
          request: async () => ["post", `${P}/${await codeOfA()}`, { status: "inactive" }],
          expect: { platform: 200, managerA: 200, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
        },
        {
          name: "removing A's unused code",
          request: async () => ["delete", `${P}/${await codeOfA()}`],
          expect: { platform: 200, managerA: 200, staffA: 403, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
        },
        {
          name: "A's code through B's path",
          request: async () => ["get", `/admin/merchants/xuhui-qingyu/promotions/${await codeOfA()}`],
          expect: { platform: 404, managerA: 404, staffA: 404, managerB: 404, support: 403, nobody: 403, anonymous: 401 },
        },
        {
          name: "every studio's codes and the platform's",
          request: async () => ["get", "/admin/marketing/promotions"],
          expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
        },
        {
          name: "a platform-wide code",
          request: async () => ["post", "/admin/marketing/promotions", { code: code(), kind: "percentage", percent: 5 }],
          expect: { platform: 201, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
        },
        {
          name: "changing A's code from the platform's routes",
          request: async () => ["post", `/admin/marketing/promotions/${await codeOfA()}`, { status: "active" }],
          expect: { platform: 200, managerA: 403, staffA: 403, managerB: 403, support: 403, nobody: 403, anonymous: 401 },
        },
      ]

      it.each(promotionCases.map((c) => [c.name, { ...c, expect: { beautician: 401, ...c.expect } as Record<Role, number> }] as const))("%s", async (_, { request, expect: expected }) => {
        const got = {} as Record<Role, number>
        for (const role of ROLES.filter((r) => expected[r] >= 400)) {
          const [method, path, body] = await request()
          const before = await promotions()
          const answer = await call(role, method, path, body)
          got[role] = answer.status
          expect(Object.keys(answer.data ?? {}).filter((key) => !["type", "code", "message"].includes(key))).toEqual([])
          // Nothing was written by those refused (a DELETE's fresh code is counted in before).
          expect(await promotions()).toEqual(before)
        }
        for (const role of ROLES.filter((r) => expected[r] < 400)) {
          const [method, path, body] = await request()
          got[role] = (await call(role, method, path, body)).status
        }
        expect(got).toEqual(expected)
      })
    })

    it("lets A's staff assign A's job to a colleague in their studio", async () => {
      const assigned = await call("staffA", "post", `/admin/appointments/${ids.appointment}/assign`, { beautician_id: ids.colleagueA, reason: "她离得近" })
      expect(assigned.status).toBe(200)
      expect((await appointments().listAppointments({ id: ids.appointment }))[0]).toMatchObject({ status: "assigned", beautician_id: ids.colleagueA })
    })
  },
})
