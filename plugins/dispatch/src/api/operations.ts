import { z } from "zod"
import { DISPATCH_RISKS } from "@doorstep/booking-core"
import { defineOperations, timestamp, zonedTime } from "@doorstep/appointments/api/openapi"
import { DISPATCH_ACTIONS } from "../modules/dispatch/models/dispatch-decision"
import { OFFER_STATUSES } from "../modules/dispatch/models/offer"
import { AssignBody } from "./admin/appointments/validators"
import { DispatchQueueQuery, PositionsQuery } from "./admin/dispatch/validators"
import { DeclineBody } from "./pro/offers/validators"
import { PushEndpointBody, PushSubscriptionBody } from "./pro/push-subscriptions/validators"

const offerStatus = z.enum(OFFER_STATUSES)

/** An offer as stored: one beautician asked to take one appointment until `expires_at`. */
const DispatchOffer = z
  .looseObject({
    id: z.string().meta({ example: "offr_01JD…" }),
    appointment_id: z.string(),
    beautician_id: z.string(),
    status: offerStatus,
    attempt: z.number().int().meta({ description: "1 for the appointment's first offer, 2 for the next candidate, …" }),
    expires_at: timestamp,
    responded_at: timestamp.nullable(),
    decline_reason: z.string().nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "DispatchOffer" })

/** One entry of the append-only dispatch log. */
const DispatchDecision = z
  .looseObject({
    id: z.string().meta({ example: "dspd_01JD…" }),
    appointment_id: z.string(),
    action: z.enum(DISPATCH_ACTIONS),
    beautician_id: z.string().nullable(),
    actor: z.string().meta({ description: "`system`, `beautician:<id>` or `user:<id>`" }),
    reason: z.string().nullable(),
    created_at: timestamp,
  })
  .meta({ id: "DispatchDecision" })

/** What a beautician sees of a job before taking it: when, how long, the trip and the district; never the street or the customer. */
const OpenOffer = z
  .object({
    id: z.string(),
    appointment_id: z.string(),
    variant_id: z.string(),
    start: zonedTime,
    end: zonedTime,
    travel_in_minutes: z.number().int(),
    distance_km: z.number().meta({
      description: "Straight-line km (one decimal) from where the beautician would set out: their job before it that day, else home",
      example: 3.4,
    }),
    district: z.string().nullable(),
    city: z.string().nullable(),
    expires_at: zonedTime,
  })
  .meta({ id: "OpenOffer" })

const AnsweredOffer = z.object({ offer: z.object({ id: z.string(), status: offerStatus, appointment_id: z.string() }) })


// ── The dispatch board (issue 18): the queue and the beauticians' positions ──
const point = z.object({ lat: z.number(), lng: z.number() })

/** A job on the dispatch board: why it is there, who has it on offer, and whom staff could give it to. */
const QueuedJob = z
  .object({
    appointment: z.object({
      id: z.string(),
      status: z.string(),
      start: zonedTime,
      end: zonedTime,
      service: z.string().nullable(),
      variant_id: z.string(),
      district: z.string().nullable(),
      city: z.string().nullable(),
      location: point,
      beautician: z
        .object({ id: z.string(), display_name: z.string().nullable(), status: z.string().nullable(), merchant_handle: z.string().nullable() })
        .meta({ description: "Whose calendar it is on: the one it is offered to, or who has taken it" }),
    }),
    reasons: z.array(z.object({ code: z.enum(DISPATCH_RISKS), message: z.string().meta({ example: "应于 14:05 出发，尚未出发 · Should have set off by 14:05" }) })).min(1),
    offer: z
      .object({ id: z.string(), status: offerStatus, attempt: z.number().int(), beautician_id: z.string(), display_name: z.string().nullable(), expires_at: zonedTime })
      .nullable()
      .meta({ description: "The live offer (pending, or accepted and being taken), if any" }),
    candidates: z.array(
      z.object({
        beautician_id: z.string(),
        display_name: z.string().nullable(),
        merchant_handle: z.string().nullable(),
        travel_minutes: z.number().int(),
        jobs_today: z.number().int().meta({ description: "Their jobs within 12 hours either side of this one" }),
        cost: z.number().meta({ description: "Dispatch cost in minutes of travel (travel, rating, acceptance, load, familiarity): lower is better" }),
        asked_before: offerStatus.nullable().meta({ description: "How an earlier offer of this job to them ended" }),
      }),
    ),
  })
  .meta({ id: "QueuedJob" })

const BeauticianPosition = z
  .object({
    beautician_id: z.string(),
    display_name: z.string(),
    status: z.string(),
    merchant_handle: z.string().nullable(),
    state: z.enum(["home", "en_route", "arrived", "in_service"]),
    location: point.meta({ description: "`home`: their home base; `en_route`: the address they are heading to; `arrived`/`in_service`: where they checked in, else the address" }),
    district: z.string().nullable(),
    appointment_id: z.string().nullable(),
    since: zonedTime.nullable().meta({ description: "When the job reached this status" }),
  })
  .meta({ id: "BeauticianPosition" })

const boardOperations = defineOperations({
  "GET /admin/dispatch/queue": {
    summary: "The dispatch board's queue",
    description:
      "Paid jobs nobody has taken (`unassigned`) and jobs at risk — `late` (not set off when the trip should have begun, or not arrived after the start, by the rule the late alerts use), `offer_expiring` (a pending offer runs out within `expiring_within_minutes`), `beautician_suspended` — soonest first, each with its reasons, its live offer and the candidates dispatch itself would rank (for a job not yet under way; the studio's own beauticians only on a studio's board). Merchant staff see their studio's; the platform every studio's, or one's with `merchant_handle`. The customer's district and location are shown, so each read is in the access log.",
    auth: "staff",
    query: DispatchQueueQuery,
    responses: { 200: z.object({ merchant_handle: z.string().nullable(), count: z.number().int(), limit: z.number().int(), offset: z.number().int(), queue: z.array(QueuedJob) }) },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "GET /admin/dispatch/positions": {
    summary: "Where the studio's beauticians are, for the board's map",
    description:
      "Each active or suspended beautician's last known position as their job status reports it (the app sends no live location): heading to a job's address, at it, or at their home base. A separate route from the queue, so that the map can refresh often without the queue's candidate ranking. Scoped as the queue.",
    auth: "staff",
    query: PositionsQuery,
    responses: { 200: z.object({ merchant_handle: z.string().nullable(), count: z.number().int(), limit: z.number().int(), offset: z.number().int(), positions: z.array(BeauticianPosition) }) },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
})

export const operations = defineOperations({
  "POST /admin/appointments/{id}/assign": {
    summary: "Assign or reassign a job to a beautician",
    description:
      "Staff choose the beautician, with a reason. The appointment must be `confirmed` or `assigned`; the beautician must perform the service, come to the address and be free then with travel. The job moves to their calendar (the previous beautician's time is free at once), any live offer is withdrawn, a dispatch still waiting ends, and the decision is logged with who and why. Merchant staff may only choose a beautician of their own studio.",
    auth: "staff",
    body: AssignBody,
    example: { beautician_id: "bt_01JD…", reason: "她离得近 · She is nearby" },
    responses: { 200: z.object({ assigned: z.object({ appointment_id: z.string(), beautician_id: z.string() }) }) },
    errors: {
      400: ["VARIANT_NOT_BOOKABLE"],
      404: ["APPOINTMENT_NOT_FOUND", "BEAUTICIAN_NOT_FOUND", "VARIANT_NOT_FOUND"],
      409: ["INVALID_TRANSITION", "SLOT_UNAVAILABLE"],
    },
  },
  "GET /admin/appointments/{id}/dispatch": {
    summary: "An appointment's dispatch history",
    description: "Every offer and every dispatch decision for the appointment, oldest first: who was asked, who declined and why, what expired, what staff did.",
    auth: "staff",
    responses: { 200: z.object({ offers: z.array(DispatchOffer), decisions: z.array(DispatchDecision) }) },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"] },
  },
  "GET /pro/events": {
    summary: "Live events for the signed-in beautician",
    description:
      "Server-Sent Events: `offer` (`{ offer_id, appointment_id, status }`) when a job is offered to them or an offer of theirs closes; `job` (`{ appointment_id, status, yours }`) when one of their jobs changes or moves to or from them. A comment every 25 s keeps the stream open; clients reload `/pro/offers` or `/pro/jobs` on each event and on reconnecting.",
    auth: "beautician",
    stream: true,
    responses: { 200: z.string() },
  },
  "GET /pro/offers": {
    summary: "The signed-in beautician's open offers",
    description:
      "Pending offers not yet expired, soonest to expire first (at most 50). Before accepting they see when, how long, the trip (minutes, and km from their job before it or home) and the district; the street address and the customer come with the job.",
    auth: "beautician",
    responses: { 200: z.object({ offers: z.array(OpenOffer) }) },
  },
  "POST /pro/offers/{id}/accept": {
    summary: "Take an offered job",
    description:
      "The offer closes as accepted and the appointment becomes the beautician's (`assigned`), both conditionally, so exactly one answer wins. 409 `OFFER_CLOSED` when the offer is no longer open (expired, answered, withdrawn) or the job changed meanwhile; 409 `BEAUTICIAN_NOT_ACTIVE` for a suspended beautician; 404 `OFFER_NOT_FOUND` for an offer made to someone else, as for one that does not exist.",
    auth: "beautician",
    responses: { 200: AnsweredOffer },
    errors: { 404: ["OFFER_NOT_FOUND"], 409: ["BEAUTICIAN_NOT_ACTIVE", "OFFER_CLOSED"] },
  },
  "POST /pro/offers/{id}/decline": {
    summary: "Pass on an offered job",
    description: "With a reason; the job is offered to the next candidate, or goes to the studio's queue. 409 `OFFER_CLOSED` when the offer is no longer open; 404 `OFFER_NOT_FOUND` for an offer made to someone else, as for one that does not exist.",
    auth: "beautician",
    body: DeclineBody,
    example: { reason: "那天有事 · Busy that day" },
    responses: { 200: AnsweredOffer },
    errors: { 400: ["VARIANT_NOT_BOOKABLE"], 404: ["OFFER_NOT_FOUND", "VARIANT_NOT_FOUND"], 409: ["OFFER_CLOSED"] },
  },
  "POST /pro/push-subscriptions": {
    summary: "Let this browser be woken for the beautician's offers",
    description: "The browser's `PushManager.subscribe()` result (`subscription.toJSON()`). The endpoint must be a browser push service's. 409 `PUSH_NOT_CONFIGURED` when the server has no VAPID keys.",
    auth: "beautician",
    body: PushSubscriptionBody,
    example: { endpoint: "https://fcm.googleapis.com/fcm/send/abc123", expirationTime: null, keys: { p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", auth: "tBHItJI5svbpez7KI4CCXg" } },
    responses: { 201: z.object({ subscribed: z.literal(true) }) },
    errors: { 400: ["PUSH_ENDPOINT_NOT_ALLOWED"], 409: ["PUSH_NOT_CONFIGURED"] },
  },
  "DELETE /pro/push-subscriptions": {
    summary: "Stop waking this browser",
    description: "When the beautician turns notifications off or signs out; only their own subscription of that endpoint is removed, and none is no error.",
    auth: "beautician",
    body: PushEndpointBody,
    example: { endpoint: "https://fcm.googleapis.com/fcm/send/abc123" },
    responses: { 200: z.object({ subscribed: z.literal(false) }) },
  },
  "GET /pro/push/vapid-key": {
    summary: "The key a browser subscribes to push with",
    description: "The VAPID public key to pass as `applicationServerKey`; null when push is not set up on this server.",
    auth: "beautician",
    responses: { 200: z.object({ public_key: z.string().nullable() }) },
  },
  "GET /store/appointments/{id}/dispatch": {
    summary: "Where finding the customer's beautician stands",
    description:
      "`finding` (an offer is out), `waiting_for_merchant` (nobody took it; the studio's staff will assign someone), `assigned` (with the beautician), or `none` (not paid, or no longer on). Never who was asked or why they declined. Another customer's appointment is 404.",
    auth: "customer",
    responses: {
      200: z.object({
        dispatch: z.object({
          appointment_id: z.string(),
          state: z.enum(["finding", "waiting_for_merchant", "assigned", "none"]),
          beautician_id: z.string().nullable().meta({ description: "Only when `assigned`" }),
        }),
      }),
    },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"] },
  },
  ...boardOperations,
})
