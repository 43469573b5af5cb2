import { DateTime } from "luxon"
import { documentedExample as example } from "../helpers/authorization-matrix"
import { adminMatrixSpec, managers, platformOnly, S, studio, supportDesk } from "../helpers/admin-matrix"

jest.setTimeout(180 * 1000)

/**
 * The back office's authorization matrix (helpers/admin-matrix.ts): every
 * `/admin` route but the studios' own under `/admin/merchants`, which
 * `authorization-merchants-matrix.spec.ts` asks, so that jest may run the two
 * halves apart.
 */
adminMatrixSpec({ under: "/admin", except: "/admin/merchants" }, ({ ids, extra, fresh, inDays, codeOfA, timeOffOfA }) => ({
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
  "POST /admin/beauticians/{id}/time-off": {
    request: () => {
      const day = 20 + fresh()
      return [`/admin/beauticians/${ids().beauticianA}/time-off`, { starts_at: inDays(day, 9), ends_at: inDays(day, 10), reason: "培训" }]
    },
    expect: studio(201),
  },
  "DELETE /admin/beauticians/{id}/time-off/{timeOffId}": { request: async () => [`/admin/beauticians/${ids().beauticianA}/time-off/${await timeOffOfA()}`], expect: studio(200) },
  "GET /admin/beauticians/{id}/working-hours": { request: () => [`/admin/beauticians/${ids().beauticianA}/working-hours`], expect: studio(200) },
  "PUT /admin/beauticians/{id}/working-hours": { request: () => [`/admin/beauticians/${ids().beauticianA}/working-hours`, example("PUT /admin/beauticians/{id}/working-hours")], expect: studio(200) },
  // No cms in this spec: the platform reaches the route, which says it has no cms to reconcile with.
  "POST /admin/content/reconcile": { request: () => ["/admin/content/reconcile", {}], expect: platformOnly(503) },
  "GET /admin/dispatch/positions": { request: () => ["/admin/dispatch/positions?merchant_handle=jingan-lumiere"], expect: studio(200) },
  "GET /admin/dispatch/queue": { request: () => ["/admin/dispatch/queue?merchant_handle=jingan-lumiere"], expect: studio(200) },
  "GET /admin/marketing/promotions": { request: () => ["/admin/marketing/promotions"], expect: platformOnly(200) },
  "POST /admin/marketing/promotions": { request: () => ["/admin/marketing/promotions", { code: `PLATFORM${fresh()}`, kind: "percentage", percent: 5 }], expect: platformOnly(201) },
  "GET /admin/marketing/promotions/{id}": { request: () => [`/admin/marketing/promotions/${extra.promotionA}`], expect: platformOnly(200) },
  "POST /admin/marketing/promotions/{id}": { request: () => [`/admin/marketing/promotions/${extra.promotionA}`, { status: "active" }], expect: platformOnly(200) },
  "DELETE /admin/marketing/promotions/{id}": { request: async () => [`/admin/marketing/promotions/${await codeOfA()}`], expect: platformOnly(200) },
  "POST /admin/merchant-applications": { request: () => ["/admin/merchant-applications", { ...example("POST /admin/merchant-applications"), handle: `matrix-studio-${fresh()}` }], expect: platformOnly(409) },
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
}))
