import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { isResidentId } from "@doorstep/studios/lib/resident-id"
import { CLIENTELE_MODULE, type ClienteleModuleService } from "@doorstep/trust/modules/clientele"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { forgeriesOf, matrixTests, type MatrixRow, type RouteKey, type RouteScope } from "./authorization-matrix"
import { backOfficeCast, studioService, type BackOfficeCast, type Staff } from "./back-office"
import { atOn, bookingDay, completedJob, settle, ZONE } from "./booking"

/**
 * The back office's authorization matrix, split over spec files by the routes
 * they cover (`authorization-matrix.spec.ts`, `authorization-merchants-matrix.spec.ts`):
 * every `/admin` route our plugins add (read from api/openapi.json: a route
 * without a row fails), asked by every caller about studio A's (Jing'an)
 * objects. A studio's people reach their own studio's objects (another
 * studio's manager gets 404), a role without the route 403; tokens that are
 * not a back-office user's — a beautician's, a customer's, none, a signature
 * altered, one expired — 401. `resigned` is the platform admin's claims signed
 * again with the app's secret and a future expiry: it gets what the platform
 * gets, so the expired token's 401 is the expiry's doing. Each refused write
 * is checked against the row counts of every table.
 */
const OTHERS = ["beautician", "customer", "anonymous", "tampered", "expired", "resigned"] as const
type Caller = Staff | (typeof OTHERS)[number]

/** What the back office's people get, in the order `STAFF` names them: platform, A's manager, A's front desk, B's manager, support, no role. */
export const S = (platform: number, managerA: number, staffA: number, managerB: number, support: number, nobody: number) => ({ platform, managerA, staffA, managerB, support, nobody })
export const studio = (ok: number) => S(ok, ok, ok, 404, 403, 403)
export const managers = (ok: number) => S(ok, ok, 403, 404, 403, 403)
export const platformOnly = (ok: number) => S(ok, 403, 403, 403, 403, 403)
export const supportDesk = (ok: number) => S(ok, 403, 403, 403, ok, 403)

/** A row as a spec writes it: the back office's people; every other caller's answer follows from theirs. */
export type AdminRow = { request: MatrixRow<Caller>["request"]; expect: ReturnType<typeof S> & Partial<Record<Caller, number>> }

/** Studio A's back-office path. */
export const A = "/admin/merchants/jingan-lumiere"

/** What the rows ask about, ready once the suite's `beforeAll` has run; the makers create a fresh object at each call. */
export interface AdminMatrixWorld {
  ids: () => BackOfficeCast["ids"]
  /** A's promotion, a review of A's job, and a complaint about that job. */
  extra: { promotionA: string; ticket: string; review: string }
  /** A number not used before in this suite: for codes, handles and days that must not repeat. */
  fresh: () => number
  /** An instant `days` after the booking day at `hour` o'clock in Shanghai, ISO 8601. */
  inDays: (days: number, hour: number) => string
  codeOfA: () => Promise<string>
  serviceOfA: () => Promise<string>
  timeOffOfA: () => Promise<string>
  /** Someone new for A to put forward: a person with a live application cannot be put forward again. */
  newcomer: () => { email: string; phone: string; id_number: string }
  noteOnCustomerOfA: () => Promise<string>
}

/** One spec file of the matrix: the routes of `scope`, each row from `rows`. */
export function adminMatrixSpec(scope: RouteScope, rows: (world: AdminMatrixWorld) => Partial<Record<RouteKey, AdminRow>>) {
  medusaIntegrationTestRunner({
    inApp: true,
    testSuite: ({ api, getContainer }) => {
      let cast: BackOfficeCast
      const tokens = {} as Record<Caller, string | undefined>
      const extra = { promotionA: "", ticket: "", review: "" }
      let counter = 0
      const fresh = () => ++counter
      const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
      const inDays = (days: number, hour: number) => DateTime.fromISO(`${bookingDay()}T00:00:00`, { zone: ZONE }).plus({ days, hours: hour }).toISO()!
      const as = (caller: Staff) => ({ headers: { authorization: `Bearer ${cast.tokens[caller]}` } })
      const created = async (request: Promise<{ status: number; data: any }>, what: (data: any) => string) => {
        const answer = await settle(request)
        if (answer.status >= 300) throw new Error(`${answer.status} ${JSON.stringify(answer.data)}`)
        return what(answer.data)
      }
      const codeOfA = () => created(api.post(`${A}/promotions`, { code: `MATRIX${fresh()}`, kind: "percentage", percent: 10, product_ids: [cast.ids.serviceA] }, as("managerA")), (d) => d.promotion.id)
      const world: AdminMatrixWorld = {
        ids: () => cast.ids,
        extra,
        fresh,
        inDays,
        codeOfA,
        serviceOfA: () => created(api.post(`${A}/services`, studioService, as("managerA")), (d) => d.service.id),
        timeOffOfA: async () => {
          const day = 30 + fresh()
          return (await appointments().createTimeOffs([{ beautician_id: cast.ids.beauticianA, starts_at: new Date(inDays(day, 9)), ends_at: new Date(inDays(day, 10)), reason: "测试" }]))[0].id
        },
        newcomer: () => {
          const n = String(fresh()).padStart(3, "0")
          const idNumber = [..."0123456789X"].map((check) => `31010619900101${n}${check}`).find(isResidentId)!
          return { email: `newcomer-${n}@studio.example.cn`, phone: `+8613811112${n}`, id_number: idNumber }
        },
        noteOnCustomerOfA: async () =>
          (await getContainer().resolve<ClienteleModuleService>(CLIENTELE_MODULE).createStudioCustomerNotes({ merchant_handle: "jingan-lumiere", customer_id: cast.ids.customerOfA, author_id: cast.ids.managerA, body: "测试备注" })).id,
      }

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

      // Tokens that are not a back-office user's are refused alike; the re-signed platform token gets what the platform gets.
      const everyCaller = Object.fromEntries(
        Object.entries(rows(world)).map(([key, row]) => [key, { request: row!.request, expect: { ...row!.expect, beautician: 401, customer: 401, anonymous: 401, tampered: 401, expired: 401, resigned: row!.expect.resigned ?? row!.expect.platform } }]),
      ) as Record<RouteKey, MatrixRow<Caller>>
      matrixTests(scope, everyCaller, { api, getContainer, tokens })
    },
  })
}
