import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { isResidentId } from "@doorstep/studios/lib/resident-id"
import { CLIENTELE_MODULE, type ClienteleModuleService } from "@doorstep/trust/modules/clientele"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { documentedExample as example, forgeriesOf, matrixTests, type MatrixRow, type RouteKey } from "../helpers/authorization-matrix"
import { backOfficeCast, studioService, type BackOfficeCast, type Staff } from "../helpers/back-office"
import { atOn, bookingDay, completedJob, settle, ZONE } from "../helpers/booking"

jest.setTimeout(180 * 1000)

/**
 * The back office's authorization matrix: every `/admin` route our plugins add
 * (read from api/openapi.json: a route without a row fails), asked by every
 * caller about studio A's (Jing'an) objects. A studio's people reach their own
 * studio's objects (another studio's manager gets 404), a role without the
 * route 403; tokens that are not a back-office user's — a beautician's, a
 * customer's, none, a signature altered, one expired — 401. `resigned` is the
 * platform admin's claims signed again with the app's secret and a future
 * expiry: it gets what the platform gets, so the expired token's 401 is the
 * expiry's doing. Each refused write is checked against the row counts of
 * every table.
 */
const OTHERS = ["beautician", "customer", "anonymous", "tampered", "expired", "resigned"] as const
type Caller = Staff | (typeof OTHERS)[number]

/** What the back office's people get, in the order `STAFF` names them: platform, A's manager, A's front desk, B's manager, support, no role. */
const S = (platform: number, managerA: number, staffA: number, managerB: number, support: number, nobody: number) => ({ platform, managerA, staffA, managerB, support, nobody })
const studio = (ok: number) => S(ok, ok, ok, 404, 403, 403)
const managers = (ok: number) => S(ok, ok, 403, 404, 403, 403)
const platformOnly = (ok: number) => S(ok, 403, 403, 403, 403, 403)
const supportDesk = (ok: number) => S(ok, 403, 403, 403, ok, 403)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let cast: BackOfficeCast
    const tokens = {} as Record<Caller, string | undefined>
    const extra = { promotionA: "", ticket: "", review: "" }
    let fresh = 0
    const A = "/admin/merchants/jingan-lumiere"
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const inDays = (days: number, hour: number) => DateTime.fromISO(`${bookingDay()}T00:00:00`, { zone: ZONE }).plus({ days, hours: hour }).toISO()!
    const as = (caller: Staff) => ({ headers: { authorization: `Bearer ${cast.tokens[caller]}` } })
    const created = async (request: Promise<{ status: number; data: any }>, what: (data: any) => string) => {
      const answer = await settle(request)
      if (answer.status >= 300) throw new Error(`${answer.status} ${JSON.stringify(answer.data)}`)
      return what(answer.data)
    }
    const codeOfA = () => created(api.post(`${A}/promotions`, { code: `MATRIX${++fresh}`, kind: "percentage", percent: 10, product_ids: [cast.ids.serviceA] }, as("managerA")), (d) => d.promotion.id)
    const serviceOfA = () => created(api.post(`${A}/services`, studioService, as("managerA")), (d) => d.service.id)
    const timeOffOfA = async () => (await appointments().createTimeOffs([{ beautician_id: cast.ids.beauticianA, starts_at: new Date(inDays(30 + ++fresh, 9)), ends_at: new Date(inDays(30 + fresh, 10)), reason: "测试" }]))[0].id
    /** Someone new for A to put forward: a person with a live application cannot be put forward again. */
    const newcomer = () => {
      const n = String(++fresh).padStart(3, "0")
      const idNumber = [..."0123456789X"].map((check) => `31010619900101${n}${check}`).find(isResidentId)!
      return { email: `newcomer-${n}@studio.example.cn`, phone: `+8613811112${n}`, id_number: idNumber }
    }
    const noteOnCustomerOfA = async () =>
      (await getContainer().resolve<ClienteleModuleService>(CLIENTELE_MODULE).createStudioCustomerNotes({ merchant_handle: "jingan-lumiere", customer_id: cast.ids.customerOfA, author_id: cast.ids.managerA, body: "测试备注" })).id

    beforeAll(async () => {
      cast = await backOfficeCast(api, getContainer())
      Object.assign(tokens, cast.tokens, { beautician: cast.portal.beautician, customer: cast.portal.customer })
      Object.assign(tokens, forgeriesOf(cast.tokens.platform, getContainer()))
      extra.promotionA = await codeOfA()
      // A job of A's beautician done and reviewed, and a complaint about it: what the studio replies to and support works.
      const done = await completedJob(api, getContainer(), cast.booking, cast.portal.beautician, atOn(bookingDay())("10:00:00"))
      extra.review = await created(api.post(`/store/appointments/${done}/review`, { rating: 2, text: "有点晚" }, cast.booking.store(cast.booking.customerToken)), (d) => d.review.id)
      extra.ticket = await created(
        api.post("/store/tickets", { kind: "complaint", subject: "美容师迟到", body: "晚了四十分钟", appointment_id: done }, cast.booking.store(cast.booking.customerToken)),
        (d) => d.ticket.id,
      )
    })

    const ids = () => cast.ids
    const matrix: Partial<Record<RouteKey, { request: MatrixRow<Caller>["request"]; expect: ReturnType<typeof S> & Partial<Record<Caller, number>> }>> = {
      "GET /admin/appointments": { request: () => ["/admin/appointments"], expect: S(200, 200, 200, 200, 200, 403) },
      "GET /admin/appointments/{id}": { request: () => [`/admin/appointments/${ids().appointment}`], expect: S(200, 200, 200, 404, 200, 403) },
      "POST /admin/appointments/{id}/assign": { request: () => [`/admin/appointments/${ids().appointment}/assign`, { beautician_id: ids().colleagueA, reason: "她离得近" }], expect: studio(200) },
      // Sent about the cancelled appointment: whoever gets through is refused by the rules, so nothing changes.
      "POST /admin/appointments/{id}/cancel": { request: () => [`/admin/appointments/${ids().cancelled}/cancel`, { reason: "再取消一次" }], expect: studio(409) },
      "GET /admin/appointments/{id}/dispatch": { request: () => [`/admin/appointments/${ids().appointment}/dispatch`], expect: S(200, 200, 200, 404, 200, 403) },
      "POST /admin/appointments/{id}/refund": { request: () => [`/admin/appointments/${ids().appointment}/refund`, { amount_fen: 99_999_999, reason: "测试" }], expect: managers(409) },
      "POST /admin/appointments/{id}/reschedule": { request: () => [`/admin/appointments/${ids().appointment}/reschedule`, { start: "2020-01-01T10:00:00+08:00", reason: "测试" }], expect: studio(400) },
      "GET /admin/beauticians/{id}/date-overrides": { request: () => [`/admin/beauticians/${ids().beauticianA}/date-overrides`], expect: studio(200) },
      "PUT /admin/beauticians/{id}/date-overrides/{date}": { request: () => [`/admin/beauticians/${ids().beauticianA}/date-overrides/${DateTime.fromISO(inDays(50, 0)).toISODate()}`, example("PUT /admin/beauticians/{id}/date-overrides/{date}")], expect: studio(200) },
      "DELETE /admin/beauticians/{id}/date-overrides/{date}": { request: () => [`/admin/beauticians/${ids().beauticianA}/date-overrides/${DateTime.fromISO(inDays(50, 0)).toISODate()}`], expect: studio(200) },
      "GET /admin/beauticians/{id}/time-off": { request: () => [`/admin/beauticians/${ids().beauticianA}/time-off`], expect: studio(200) },
      "POST /admin/beauticians/{id}/time-off": { request: () => [`/admin/beauticians/${ids().beauticianA}/time-off`, { starts_at: inDays(20 + ++fresh, 9), ends_at: inDays(20 + fresh, 10), reason: "培训" }], expect: studio(201) },
      "DELETE /admin/beauticians/{id}/time-off/{timeOffId}": { request: async () => [`/admin/beauticians/${ids().beauticianA}/time-off/${await timeOffOfA()}`], expect: studio(200) },
      "GET /admin/beauticians/{id}/working-hours": { request: () => [`/admin/beauticians/${ids().beauticianA}/working-hours`], expect: studio(200) },
      "PUT /admin/beauticians/{id}/working-hours": { request: () => [`/admin/beauticians/${ids().beauticianA}/working-hours`, example("PUT /admin/beauticians/{id}/working-hours")], expect: studio(200) },
      // No cms in this spec: the platform reaches the route, which says it has no cms to reconcile with.
      "POST /admin/content/reconcile": { request: () => ["/admin/content/reconcile", {}], expect: platformOnly(503) },
      "GET /admin/dispatch/positions": { request: () => ["/admin/dispatch/positions?merchant_handle=jingan-lumiere"], expect: studio(200) },
      "GET /admin/dispatch/queue": { request: () => ["/admin/dispatch/queue?merchant_handle=jingan-lumiere"], expect: studio(200) },
      "GET /admin/marketing/promotions": { request: () => ["/admin/marketing/promotions"], expect: platformOnly(200) },
      "POST /admin/marketing/promotions": { request: () => ["/admin/marketing/promotions", { code: `PLATFORM${++fresh}`, kind: "percentage", percent: 5 }], expect: platformOnly(201) },
      "GET /admin/marketing/promotions/{id}": { request: () => [`/admin/marketing/promotions/${extra.promotionA}`], expect: platformOnly(200) },
      "POST /admin/marketing/promotions/{id}": { request: () => [`/admin/marketing/promotions/${extra.promotionA}`, { status: "active" }], expect: platformOnly(200) },
      "DELETE /admin/marketing/promotions/{id}": { request: async () => [`/admin/marketing/promotions/${await codeOfA()}`], expect: platformOnly(200) },
      "POST /admin/merchant-applications": { request: () => ["/admin/merchant-applications", { ...example("POST /admin/merchant-applications"), handle: `matrix-studio-${++fresh}` }], expect: platformOnly(409) },
      "GET /admin/merchants": { request: () => ["/admin/merchants"], expect: platformOnly(200) },
      "GET /admin/merchants/{handle}": { request: () => [A], expect: studio(200) },
      "GET /admin/merchants/{handle}/beautician-applications": { request: () => [`${A}/beautician-applications`], expect: studio(200) },
      "POST /admin/merchants/{handle}/beautician-applications": {
        request: () => [`${A}/beautician-applications`, { ...example("POST /admin/merchants/{handle}/beautician-applications"), ...newcomer(), skill_product_ids: [ids().productId] }],
        expect: studio(201),
      },
      // The studio's manager decides first: the platform, asking before them, is refused by the order of decisions; after the manager's rejection, too.
      "POST /admin/merchants/{handle}/beautician-applications/{id}/decide": {
        request: () => [`${A}/beautician-applications/${ids().applicationA}/decide`, { decision: "reject", reason: "证书已过期" }],
        expect: { ...managers(200), platform: 409, resigned: 409 },
      },
      "GET /admin/merchants/{handle}/beautician-applications/{id}/documents/{documentId}": { request: () => [`${A}/beautician-applications/${ids().applicationA}/documents/${ids().photoA}`], expect: studio(200) },
      "GET /admin/merchants/{handle}/beauticians": { request: () => [`${A}/beauticians`], expect: studio(200) },
      "GET /admin/merchants/{handle}/beauticians/{id}/performance": { request: () => [`${A}/beauticians/${ids().beauticianA}/performance`], expect: studio(200) },
      // The platform suspends A's colleague; A's manager and the re-signed platform token find them suspended already.
      "POST /admin/merchants/{handle}/beauticians/{id}/status": {
        request: () => [`${A}/beauticians/${ids().colleagueA}/status`, { status: "suspended", reason: "多次迟到" }],
        expect: { ...managers(200), managerA: 409, resigned: 409 },
      },
      "POST /admin/merchants/{handle}/commission": { request: () => [`${A}/commission`, { commission_percent: 20, beautician_percent: 70, reason: "年度复核" }], expect: platformOnly(200) },
      "GET /admin/merchants/{handle}/customers": { request: () => [`${A}/customers`], expect: studio(200) },
      "GET /admin/merchants/{handle}/customers/{id}": { request: () => [`${A}/customers/${ids().customerOfA}`], expect: studio(200) },
      "POST /admin/merchants/{handle}/customers/{id}/notes": { request: () => [`${A}/customers/${ids().customerOfA}/notes`, { body: "喜欢安静" }], expect: studio(201) },
      "DELETE /admin/merchants/{handle}/customers/{id}/notes/{noteId}": { request: async () => [`${A}/customers/${ids().customerOfA}/notes/${await noteOnCustomerOfA()}`], expect: managers(200) },
      "POST /admin/merchants/{handle}/customers/{id}/tags": { request: () => [`${A}/customers/${ids().customerOfA}/tags`, { tags: ["VIP"] }], expect: studio(200) },
      // A is approved: its documents no longer change.
      "POST /admin/merchants/{handle}/documents": { request: () => [`${A}/documents`, example("POST /admin/merchants/{handle}/documents")], expect: managers(409) },
      "GET /admin/merchants/{handle}/earnings": { request: () => [`${A}/earnings`], expect: studio(200) },
      "GET /admin/merchants/{handle}/promotions": { request: () => [`${A}/promotions`], expect: studio(200) },
      "POST /admin/merchants/{handle}/promotions": { request: () => [`${A}/promotions`, { code: `STUDIO${++fresh}`, kind: "fixed", amount_fen: 1000, product_ids: [ids().serviceA] }], expect: managers(201) },
      "GET /admin/merchants/{handle}/promotions/{id}": { request: () => [`${A}/promotions/${extra.promotionA}`], expect: studio(200) },
      "POST /admin/merchants/{handle}/promotions/{id}": { request: () => [`${A}/promotions/${extra.promotionA}`, { status: "inactive" }], expect: managers(200) },
      "DELETE /admin/merchants/{handle}/promotions/{id}": { request: async () => [`${A}/promotions/${await codeOfA()}`], expect: managers(200) },
      "POST /admin/merchants/{handle}/review": { request: () => [`${A}/review`, { decision: "reject", reason: "营业执照照片不清晰" }], expect: platformOnly(409) },
      "GET /admin/merchants/{handle}/reviews": { request: () => [`${A}/reviews`], expect: studio(200) },
      "POST /admin/merchants/{handle}/reviews/{id}/reply": { request: () => [`${A}/reviews/${extra.review}/reply`, { text: "非常抱歉，我们会联系您" }], expect: studio(200) },
      "GET /admin/merchants/{handle}/services": { request: () => [`${A}/services`], expect: studio(200) },
      "POST /admin/merchants/{handle}/services": { request: () => [`${A}/services`, studioService], expect: managers(201) },
      "GET /admin/merchants/{handle}/services/{id}": { request: () => [`${A}/services/${ids().serviceA}`], expect: studio(200) },
      "POST /admin/merchants/{handle}/services/{id}": { request: () => [`${A}/services/${ids().serviceA}`, { status: "draft" }], expect: managers(200) },
      "DELETE /admin/merchants/{handle}/services/{id}": { request: async () => [`${A}/services/${await serviceOfA()}`], expect: managers(200) },
      "GET /admin/merchants/{handle}/settings": { request: () => [`${A}/settings`], expect: studio(200) },
      "POST /admin/merchants/{handle}/settings": { request: () => [`${A}/settings`, { service_districts: ["静安区", "黄浦区"] }], expect: managers(200) },
      "GET /admin/merchants/{handle}/statements/{month}": { request: () => [`${A}/statements/2026-11`], expect: managers(200) },
      "POST /admin/merchants/{handle}/submit": { request: () => [`${A}/submit`, {}], expect: managers(409) },
      "GET /admin/merchants/{handle}/tickets": { request: () => [`${A}/tickets`], expect: studio(200) },
      "GET /admin/merchants/{handle}/tickets/{id}": { request: () => [`${A}/tickets/${extra.ticket}`], expect: studio(200) },
      "POST /admin/merchants/{handle}/tickets/{id}/messages": { request: () => [`${A}/tickets/${extra.ticket}/messages`, { body: "已联系美容师核实路况", internal: true }], expect: studio(200) },
      "GET /admin/orders/{id}/money": { request: () => [`/admin/orders/${ids().order}/money`], expect: platformOnly(200) },
      "GET /admin/privacy/access-log": { request: () => ["/admin/privacy/access-log"], expect: platformOnly(200) },
      "GET /admin/reports/{report}": { request: () => ["/admin/reports/revenue?merchant_handle=jingan-lumiere"], expect: S(200, 200, 403, 404, 403, 403) },
      "GET /admin/reports/dashboard": { request: () => ["/admin/reports/dashboard"], expect: S(200, 200, 403, 200, 403, 403) },
      "GET /admin/reviews": { request: () => ["/admin/reviews"], expect: supportDesk(200) },
      "POST /admin/reviews/{id}/moderate": { request: () => [`/admin/reviews/${extra.review}/moderate`, { hidden: true, reason: "含联系方式广告" }], expect: supportDesk(200) },
      "GET /admin/tickets": { request: () => ["/admin/tickets"], expect: supportDesk(200) },
      "GET /admin/tickets/{id}": { request: () => [`/admin/tickets/${extra.ticket}`], expect: supportDesk(200) },
      "POST /admin/tickets/{id}/messages": { request: () => [`/admin/tickets/${extra.ticket}/messages`, { body: "非常抱歉", internal: false }], expect: supportDesk(200) },
      // The platform resolves the ticket; support and the re-signed platform token find it resolved.
      "POST /admin/tickets/{id}/status": { request: () => [`/admin/tickets/${extra.ticket}/status`, { status: "resolved" }], expect: { ...supportDesk(200), support: 409, resigned: 409 } },
      "GET /admin/withdrawals": { request: () => ["/admin/withdrawals"], expect: platformOnly(200) },
      // No such withdrawal: the platform reaches the route, which finds none; everyone else is stopped before it looks.
      "POST /admin/withdrawals/{id}/decide": { request: () => ["/admin/withdrawals/wd_matrix_none/decide", { decision: "pay", transfer_reference: "CMB20261201001" }], expect: platformOnly(404) },
    }

    // Tokens that are not a back-office user's are refused alike; the re-signed platform token gets what the platform gets.
    const everyCaller = Object.fromEntries(
      Object.entries(matrix).map(([key, row]) => [key, { request: row!.request, expect: { ...row!.expect, beautician: 401, customer: 401, anonymous: 401, tampered: 401, expired: 401, resigned: row!.expect.resigned ?? row!.expect.platform } }]),
    ) as Record<RouteKey, MatrixRow<Caller>>
    matrixTests("/admin", everyCaller, { api, getContainer, tokens })
  },
})
