import { documentedExample as example } from "../helpers/authorization-matrix"
import { A, adminMatrixSpec, managers, platformOnly, studio } from "../helpers/admin-matrix"
import { studioService } from "../helpers/back-office"

jest.setTimeout(180 * 1000)

/**
 * The back office's authorization matrix (helpers/admin-matrix.ts), its
 * studios' half: every route under `/admin/merchants`, about studio A's
 * objects. The other half is `authorization-matrix.spec.ts`; each file sets up
 * its own app and database, so jest may run them apart.
 */
adminMatrixSpec({ under: "/admin/merchants" }, ({ ids, extra, fresh, codeOfA, serviceOfA, newcomer, noteOnCustomerOfA }) => ({
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
  "POST /admin/merchants/{handle}/promotions": { request: () => [`${A}/promotions`, { code: `STUDIO${fresh()}`, kind: "fixed", amount_fen: 1000, product_ids: [ids().serviceA] }], expect: managers(201) },
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
}))
