import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DISPATCH_MODULE, type DispatchModuleService } from "@doorstep/dispatch/modules/dispatch"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { documentedExample as example, forgeriesOf, matrixTests, type MatrixRow, type RouteKey } from "../helpers/authorization-matrix"
import { backOfficeCast, type BackOfficeCast } from "../helpers/back-office"
import { atOn, bookingDay, completedJob, settle, ZONE } from "../helpers/booking"

jest.setTimeout(180 * 1000)

/**
 * The beautician portal's authorization matrix: every `/pro` route (read from
 * api/openapi.json: a route without a row fails), asked by A's beautician, whose
 * jobs, offers and time off these are; a colleague in the same studio, to whom
 * another's objects are 404; someone applying (a phone sign-in without a
 * beautician), who reaches the application routes only; a customer's and a
 * back-office user's tokens (wrong actors); none; a signature altered; one
 * expired; and `resigned`, the beautician's claims signed again with the app's
 * secret and a future expiry, which gets what the beautician gets. Each
 * refused write is checked against the row counts of every table.
 */
const CALLERS = ["beautician", "colleague", "applicant", "customer", "staff", "anonymous", "tampered", "expired", "resigned"] as const
type Caller = (typeof CALLERS)[number]

const refusedTokens = { customer: 401, staff: 401, anonymous: 401, tampered: 401, expired: 401 }
/** A route of the beautician's own: a colleague gets theirs (`colleague` the same status) or, for another's object, 404. */
const own = (beautician: number, colleague = beautician) => ({ beautician, colleague, applicant: 401, ...refusedTokens, resigned: beautician })
/** A route of people applying to a studio: open to every phone sign-in of the portal, with or without a beautician. */
const applying = (status: number) => ({ beautician: status, colleague: status, applicant: status, ...refusedTokens, resigned: status })

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let cast: BackOfficeCast
    const tokens = {} as Record<Caller, string | undefined>
    const extra = { done: "", offer: "" }
    let fresh = 0
    const inDays = (days: number, hour: number) => DateTime.fromISO(`${bookingDay()}T00:00:00`, { zone: ZONE }).plus({ days, hours: hour }).toISO()!
    const dateIn = (days: number) => DateTime.fromISO(inDays(days, 0)).setZone(ZONE).toISODate()!
    const timeOffOfA = async () =>
      (await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).createTimeOffs([{ beautician_id: cast.ids.beauticianA, starts_at: new Date(inDays(30 + ++fresh, 9)), ends_at: new Date(inDays(30 + fresh, 10)), reason: "测试" }]))[0].id

    beforeAll(async () => {
      cast = await backOfficeCast(api, getContainer())
      Object.assign(tokens, { beautician: cast.portal.beautician, colleague: cast.portal.colleague, applicant: cast.portal.applicant, customer: cast.portal.customer, staff: cast.tokens.platform })
      Object.assign(tokens, forgeriesOf(cast.portal.beautician, getContainer()))
      // A job A's beautician did, reviewed by the customer; and an offer of A's booked job, waiting for them.
      extra.done = await completedJob(api, getContainer(), cast.booking, cast.portal.beautician, atOn(bookingDay())("10:00:00"))
      const reviewed = await settle(api.post(`/store/appointments/${extra.done}/review`, { rating: 4, text: "准时" }, cast.booking.store(cast.booking.customerToken)))
      if (reviewed.status !== 201) throw new Error(JSON.stringify(reviewed.data))
      // Dispatch may have offered the paid job already; else it is offered here, as dispatch would.
      const dispatch = getContainer().resolve<DispatchModuleService>(DISPATCH_MODULE)
      const offers = await dispatch.listOffers({ appointment_id: cast.ids.appointment })
      const waiting = offers.find((offer) => offer.beautician_id === cast.ids.beauticianA && offer.status === "pending")
      extra.offer = waiting
        ? waiting.id
        : (await dispatch.createOffers([{ appointment_id: cast.ids.appointment, beautician_id: cast.ids.beauticianA, status: "pending", attempt: offers.length + 1, expires_at: new Date(Date.now() + 3_600_000) }]))[0].id
    })

    const matrix: Partial<Record<RouteKey, MatrixRow<Caller>>> = {
      "GET /pro/studios": { request: () => ["/pro/studios"], expect: applying(200) },
      "GET /pro/application": { request: () => ["/pro/application"], expect: applying(200) },
      // An empty form: whoever gets through is told what is missing, and nothing is written.
      "POST /pro/application": { request: () => ["/pro/application", {}], expect: applying(400) },
      "POST /pro/application/documents": { request: () => ["/pro/application/documents", {}], expect: applying(400) },
      "GET /pro/me": { request: () => ["/pro/me"], expect: own(200) },
      "GET /pro/calendar-feed": { request: () => ["/pro/calendar-feed"], expect: own(200) },
      "POST /pro/calendar-feed/renew": { request: () => ["/pro/calendar-feed/renew", {}], expect: own(200) },
      "GET /pro/date-overrides": { request: () => ["/pro/date-overrides"], expect: own(200) },
      "PUT /pro/date-overrides/{date}": { request: () => [`/pro/date-overrides/${dateIn(50)}`, example("PUT /pro/date-overrides/{date}")], expect: own(200) },
      "DELETE /pro/date-overrides/{date}": { request: () => [`/pro/date-overrides/${dateIn(50)}`], expect: own(200) },
      "GET /pro/earnings": { request: () => ["/pro/earnings"], expect: own(200) },
      "GET /pro/events": { request: () => ["/pro/events"], stream: true, expect: own(200) },
      "GET /pro/jobs": { request: () => ["/pro/jobs"], expect: own(200) },
      "GET /pro/jobs/{id}": { request: () => [`/pro/jobs/${extra.done}`], expect: own(200, 404) },
      "GET /pro/jobs/{id}/review": { request: () => [`/pro/jobs/${extra.done}/review`], expect: own(200, 404) },
      // The job is done: the beautician's step is refused by the job's state, the colleague's by whose job it is.
      "POST /pro/jobs/{id}/status": { request: () => [`/pro/jobs/${extra.done}/status`, { status: "en_route" }], expect: own(409, 404) },
      "GET /pro/notification-preferences": { request: () => ["/pro/notification-preferences"], expect: own(200) },
      "PUT /pro/notification-preferences": { request: () => ["/pro/notification-preferences", { locale: "en" }], expect: own(200) },
      "GET /pro/notifications": { request: () => ["/pro/notifications"], expect: own(200) },
      "POST /pro/notifications/{id}/read": { request: () => ["/pro/notifications/noti_matrix_none/read", {}], expect: own(404) },
      "GET /pro/offers": { request: () => ["/pro/offers"], expect: own(200) },
      // One offer: the beautician takes it, and the same claims re-signed find it taken.
      "POST /pro/offers/{id}/accept": { request: () => [`/pro/offers/${extra.offer}/accept`, {}], expect: { ...own(200, 404), resigned: 409 } },
      "POST /pro/offers/{id}/decline": { request: () => [`/pro/offers/${extra.offer}/decline`, { reason: "那天有事" }], expect: { ...own(200, 404), resigned: 409 } },
      // Another's job is left out of the answer, not refused.
      "GET /pro/pay": { request: () => [`/pro/pay?appointment_id=${extra.done}`], expect: own(200) },
      "GET /pro/performance": { request: () => ["/pro/performance"], expect: own(200) },
      // No cms in this spec: the beautician reaches the profile routes, which say the cms cannot be reached.
      "GET /pro/profile": { request: () => ["/pro/profile"], expect: own(503) },
      "POST /pro/profile": { request: () => ["/pro/profile", example("POST /pro/profile")], expect: own(503) },
      // No VAPID keys in this spec: the beautician reaches the route, which says push is not configured.
      "POST /pro/push-subscriptions": { request: () => ["/pro/push-subscriptions", example("POST /pro/push-subscriptions")], expect: own(409) },
      "DELETE /pro/push-subscriptions": { request: () => ["/pro/push-subscriptions", example("DELETE /pro/push-subscriptions")], expect: own(200) },
      "GET /pro/push/vapid-key": { request: () => ["/pro/push/vapid-key"], expect: own(200) },
      "GET /pro/statements/{month}": { request: () => ["/pro/statements/2026-11"], expect: own(200) },
      "GET /pro/time-off": { request: () => ["/pro/time-off"], expect: own(200) },
      "POST /pro/time-off": { request: () => ["/pro/time-off", { starts_at: inDays(20 + ++fresh, 9), ends_at: inDays(20 + fresh, 10), reason: "培训" }], expect: own(201) },
      "DELETE /pro/time-off/{id}": { request: async () => [`/pro/time-off/${await timeOffOfA()}`], expect: own(200, 404) },
      "GET /pro/training/attempts": { request: () => ["/pro/training/attempts"], expect: own(200) },
      "GET /pro/training/certifications": { request: () => ["/pro/training/certifications"], expect: own(200) },
      "GET /pro/training/courses": { request: () => ["/pro/training/courses"], expect: own(503) },
      "GET /pro/training/courses/{documentId}": { request: () => ["/pro/training/courses/matrixcourse"], expect: own(503) },
      "GET /pro/training/exams/{documentId}": { request: () => ["/pro/training/exams/matrixexam"], expect: own(503) },
      "GET /pro/training/exams/{documentId}/attempts": { request: () => ["/pro/training/exams/matrixexam/attempts"], expect: own(200) },
      "POST /pro/training/exams/{documentId}/attempts": { request: () => ["/pro/training/exams/matrixexam/attempts", example("POST /pro/training/exams/{documentId}/attempts")], expect: own(503) },
      "GET /pro/training/lessons/{documentId}": { request: () => ["/pro/training/lessons/matrixlesson"], expect: own(503) },
      "POST /pro/uploads": { request: () => ["/pro/uploads", {}], expect: own(400) },
      "GET /pro/withdrawals": { request: () => ["/pro/withdrawals"], expect: own(200) },
      // More than either has earned: refused by the balance, after the gate.
      "POST /pro/withdrawals": { request: () => ["/pro/withdrawals", { amount_fen: 99_999_999 }], expect: own(409) },
      "GET /pro/working-hours": { request: () => ["/pro/working-hours"], expect: own(200) },
      "PUT /pro/working-hours": { request: () => ["/pro/working-hours", example("PUT /pro/working-hours")], expect: own(200) },
    }

    matrixTests({ under: "/pro" }, matrix, { api, getContainer, tokens })
  },
})
