import { z } from "zod"
import { TICKET_KINDS, TICKET_STATUSES } from "@doorstep/booking-core"
import { defineOperations, timestamp } from "@doorstep/appointments/api/openapi"
import { StudioBeauticiansQuery } from "./admin/merchants/validators"
import { ReviewBody, ReviewListQuery, ReviewModerationBody, ReviewReplyBody, StudioReviewListQuery } from "./admin/reviews/validators"
import { PerformanceQuery } from "./pro/performance/validators"
import { NearbyQuery } from "./store/beauticians/validators"
import { ServiceReviewsQuery } from "./store/reviews/validators"
import { AccessLogQuery, DeleteAccountBody } from "./store/privacy/validators"
import { OpenTicketBody, StaffTicketMessageBody, TicketListQuery, TicketMessageBody, TicketStatusBody } from "./store/tickets/validators"

/**
 * Trust: customers' reviews and their moderation, beauticians' performance,
 * support tickets (customer, support and the studio of the job), the
 * customer-service contact, and privacy (the staff access log, a customer's
 * export and account deletion).
 */

const photos = z.array(z.string().meta({ example: "https://files.example.cn/r/1.jpg" }))

const ReviewPhoto = z
  .object({
    url: z.string().meta({ example: "https://media.example.cn/uploads/review_3f9a1c0b7d2e_5a1b2c.jpg" }),
    thumbnail_url: z.string().meta({ description: "The small rendition for lists (the photo itself when there is none)" }),
  })
  .meta({ id: "ReviewPhoto" })

/** What anyone may see of a review: never who wrote it. */
const Review = z
  .object({
    id: z.string(),
    rating: z.number().int().min(1).max(5),
    text: z.string().nullable(),
    photos: z.array(ReviewPhoto),
    reply: z.string().nullable().meta({ description: "The studio's reply" }),
    replied_at: timestamp.nullable(),
    created_at: timestamp,
  })
  .meta({ id: "CustomerReview" })

/** A review as the back office lists it: the public review with who did the job, the service, the studio and moderation; never who wrote it. */
const StaffReview = Review.extend({
  merchant_handle: z.string().meta({ description: "The studio of the job" }),
  merchant_name: z.string().nullable().meta({ description: "The studio's name" }),
  beautician: z.object({ id: z.string(), display_name: z.string().nullable() }),
  service: z.object({
    variant_id: z.string(),
    title: z.string().nullable().meta({ description: "The service (product) title", example: "日式美甲" }),
    option: z.string().nullable().meta({ description: "The option (variant) title" }),
  }),
  hidden: z.boolean().meta({ description: "Hidden from customers by support" }),
  hidden_reason: z.string().nullable().meta({ description: "Support's reason, while hidden" }),
}).meta({ id: "StaffReview" })

const StaffReviewPage = z.object({ reviews: z.array(StaffReview), count: z.number().int(), limit: z.number().int(), offset: z.number().int() })

/** A ticket as lists show it; `status` says whose turn it is. */
const Ticket = z
  .object({
    id: z.string(),
    kind: z.enum(TICKET_KINDS),
    subject: z.string(),
    status: z.enum(TICKET_STATUSES).meta({ description: "`open`: support's turn; `awaiting_customer`: the customer's; `resolved` (reopened by the customer's next message); `closed`" }),
    appointment_id: z.string().nullable(),
    merchant_handle: z.string().nullable().meta({ description: "The studio of the job the ticket is about" }),
    last_message_at: timestamp,
    created_at: timestamp,
  })
  .meta({ id: "Ticket" })

const TicketMessage = z
  .object({
    id: z.string(),
    author_type: z.enum(["customer", "staff"]),
    body: z.string(),
    photos,
    internal: z.boolean().meta({ description: "A note between staff; never shown to the customer" }),
    created_at: timestamp,
  })
  .meta({ id: "TicketMessage" })

/** A ticket with its thread, oldest message first; `customer_id` only for staff. */
const TicketThread = z
  .object({
    ...Ticket.shape,
    customer_id: z.string().optional().meta({ description: "Staff only" }),
    messages: z.array(TicketMessage),
  })
  .meta({ id: "TicketThread" })

const ticket = z.object({ ticket: Ticket })
const tickets = z.object({ tickets: z.array(Ticket) })
const thread = z.object({ ticket: TicketThread })

const PersonalDataRead = z
  .looseObject({
    id: z.string(),
    actor_id: z.string().meta({ description: "The back-office user who read" }),
    role: z.string().nullable(),
    merchant_handle: z.string().nullable(),
    method: z.string(),
    route: z.string().meta({ example: "/admin/customers/cus_01J…" }),
    subject_id: z.string().nullable().meta({ description: "The record read; null for a list" }),
    query: z.record(z.string(), z.unknown()).nullable(),
    status: z.number().int(),
    created_at: timestamp,
  })
  .meta({ id: "PersonalDataRead" })

/** Everything kept about a customer; stored records come with their columns. */
const CustomerExport = z
  .object({
    exported_at: timestamp,
    customer: z.looseObject({
      id: z.string(),
      email: z.string().nullable(),
      first_name: z.string().nullable(),
      last_name: z.string().nullable(),
      phone: z.string().nullable(),
      created_at: timestamp,
      addresses: z.array(z.looseObject({ id: z.string(), address_1: z.string().nullable(), city: z.string().nullable() })),
    }),
    appointments: z.array(z.looseObject({ id: z.string(), status: z.string(), starts_at: timestamp })),
    orders: z.array(z.looseObject({ id: z.string(), display_id: z.number().int().optional(), status: z.string() })),
    reviews: z.array(z.looseObject({ id: z.string(), appointment_id: z.string(), rating: z.number().int() })),
    tickets: z.array(z.looseObject({ id: z.string(), kind: z.string(), subject: z.string(), status: z.string(), messages: z.array(z.looseObject({ id: z.string(), body: z.string() })) })),
    favourite_beauticians: z.array(z.object({ beautician_id: z.string(), created_at: timestamp })),
    viewing_history: z.object({ consented_at: timestamp.nullable(), views: z.array(z.object({ product_id: z.string(), viewed_at: timestamp })) }),
  })
  .meta({ id: "CustomerExport" })

const share = z.number().min(0).max(1).nullable()

/** How a beautician has done over the last `days` days. */
export const BeauticianPerformance = z
  .object({
    days: z.number().int(),
    rating: z.number().nullable(),
    review_count: z.number().int(),
    acceptance_rate: share.meta({ description: "Offers taken, 0–1; null with none yet" }),
    punctuality: share.meta({ description: "Arrivals within 5 minutes of the start, 0–1; null with none yet" }),
    cancellation_rate: share.meta({ description: "Their jobs in the period that were cancelled, 0–1; null with none yet" }),
    jobs: z.object({ completed: z.number().int(), no_show: z.number().int(), cancelled: z.number().int() }),
    complaints: z.number().int(),
  })
  .meta({ id: "BeauticianPerformance" })

/** What anyone may see of a beautician. */
const PublicBeautician = z.object({
  id: z.string(),
  display_name: z.string(),
  merchant_handle: z.string().nullable().meta({ description: "Their studio (`GET /store/merchants/{handle}`)" }),
  rating: z.number().nullable().meta({ description: "1–5 over visible reviews, two decimals; null before the first" }),
  review_count: z.number().int(),
})

const staffMessageExample = { body: "非常抱歉，已为您申请 20 元补偿。", internal: false }


// ── The beauticians screen (issue 18) ──
const zoned = timestamp.meta({ description: "In the beautician's zone, with its offset" })

/** One of a studio's beauticians as its staff screen lists them. */
const StudioBeautician = z
  .object({
    id: z.string(),
    handle: z.string(),
    display_name: z.string(),
    status: z.enum(["pending", "active", "suspended"]),
    timezone: z.string().meta({ example: "Asia/Shanghai" }),
    district: z.string().nullable().meta({ description: "Where their home base is" }),
    years_experience: z.number().int(),
    skills: z.array(z.object({ product_id: z.string(), title: z.string().nullable() })).meta({ description: "The services they may perform" }),
    certifications: z
      .array(z.object({ id: z.string(), skill: z.string(), product_id: z.string(), title: z.string().nullable(), score: z.number(), status: z.enum(["active", "expired"]), passed_at: zoned, expires_at: zoned }))
      .meta({ description: "Earned by exam, soonest to expire first (empty where training is not loaded)" }),
    today: z
      .object({
        date: z.string().meta({ example: "2026-12-02" }),
        jobs: z.number().int().meta({ description: "Paid jobs starting today, done or not" }),
        booked_minutes: z.number().int(),
        working_minutes: z.number().int().meta({ description: "Their working hours today less time off" }),
        utilisation: share.meta({ description: "Booked over working minutes; null on a day off" }),
      })
      .meta({ description: "Today in the beautician's own zone" }),
    performance: z.object({
      days: z.number().int(),
      rating: z.number().nullable(),
      review_count: z.number().int(),
      acceptance_rate: share,
      cancellation_rate: share,
      on_time_rate: share.meta({ description: "Arrivals within 5 minutes of the start" }),
      jobs_completed: z.number().int(),
    }),
  })
  .meta({ id: "StudioBeautician" })

const beauticiansScreen = defineOperations({
  "GET /admin/merchants/{handle}/beauticians": {
    summary: "The studio's beauticians",
    description:
      "By name, a page at a time, optionally of one `status`: skills (service titles), certifications with expiry, status, today's load (jobs, booked against working minutes, in the beautician's zone) and headline performance over `days` (as `…/beauticians/{id}/performance`). Another studio's staff get 404; a studio that does not exist, `MERCHANT_NOT_FOUND`.",
    auth: "staff",
    query: StudioBeauticiansQuery,
    responses: { 200: z.object({ count: z.number().int(), limit: z.number().int(), offset: z.number().int(), beauticians: z.array(StudioBeautician) }) },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
})

export const operations = defineOperations({
  "GET /admin/merchants/{handle}/beauticians/{id}/performance": {
    summary: "How one of the studio's beauticians has done",
    description:
      "Over the last `days` days (default 30, up to 365): rating, offers taken, punctuality, jobs completed, no-shows and cancellations, complaints. Another studio's beautician is 404 `BEAUTICIAN_NOT_FOUND`; a studio that does not exist, `MERCHANT_NOT_FOUND`.",
    auth: "staff",
    query: PerformanceQuery,
    responses: { 200: z.object({ performance: BeauticianPerformance }) },
    errors: { 404: ["MERCHANT_NOT_FOUND", "BEAUTICIAN_NOT_FOUND"] },
  },
  "GET /pro/performance": {
    summary: "How the signed-in beautician has done",
    description: "Their own figures over the last `days` days (default 30, up to 365), as their studio sees them.",
    auth: "beautician",
    query: PerformanceQuery,
    responses: { 200: z.object({ performance: BeauticianPerformance }) },
  },
  "GET /admin/merchants/{handle}/reviews": {
    summary: "The reviews of the studio's jobs",
    description: "Newest first, with the beautician, the service, the studio's reply and moderation (hidden ones too, with support's reason); never who wrote them. Filter by `rating` (1–5), `replied` and `hidden` (`true`/`false`); `limit` (20, at most 100) and `offset`; `count` is how many match. Studio staff and the platform; another studio is 404 `MERCHANT_NOT_FOUND`.",
    auth: "staff",
    query: StudioReviewListQuery,
    responses: { 200: StaffReviewPage },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "GET /admin/reviews": {
    summary: "Every studio's reviews",
    description: "For support and the platform, to moderate: as the studio's list, across studios or one studio's (`merchant_handle`; an unknown one is 404 `MERCHANT_NOT_FOUND`).",
    auth: "staff",
    query: ReviewListQuery,
    responses: { 200: StaffReviewPage },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "POST /admin/reviews/{id}/moderate": {
    summary: "Hide a review, or show it again",
    description: "Support or the platform, with a reason; logged. Only visible reviews count towards the beautician's rating, which follows at once.",
    auth: "staff",
    body: ReviewModerationBody,
    example: { hidden: true, reason: "含联系方式广告" },
    responses: { 200: z.object({ review: z.object({ id: z.string(), hidden: z.boolean() }) }) },
    errors: { 404: ["REVIEW_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/reviews/{id}/reply": {
    summary: "Reply to a review of one of the studio's jobs",
    description: "A new reply replaces the old; a review of another studio's job is 404 `REVIEW_NOT_FOUND`.",
    auth: "staff",
    body: ReviewReplyBody,
    example: { text: "非常抱歉，我们会联系您" },
    responses: { 200: z.object({ review: Review }) },
    errors: { 404: ["MERCHANT_NOT_FOUND", "REVIEW_NOT_FOUND"] },
  },
  "GET /store/appointments/{id}/review": {
    summary: "The customer's own review of a visit",
    description: "With `hidden` when support has hidden it from others. 404 `REVIEW_NOT_FOUND` while the visit has none; another customer's appointment is 404 `APPOINTMENT_NOT_FOUND`.",
    auth: "customer",
    responses: { 200: z.object({ review: Review.extend({ hidden: z.boolean() }) }) },
    errors: { 404: ["APPOINTMENT_NOT_FOUND", "REVIEW_NOT_FOUND"] },
  },
  "POST /store/appointments/{id}/review": {
    summary: "Review a completed job",
    description:
      "The customer of a completed appointment (409 `NOT_REVIEWABLE` before), once (409 `ALREADY_REVIEWED`, even when sent twice at once), within 30 days of the job (409 `REVIEW_WINDOW_CLOSED`). `photos` are URLs the customer uploaded with `POST /store/uploads` (up to 9); anyone else's, or one not uploaded there, is 400 `PHOTO_NOT_YOURS` with those URLs in `photos`, and nothing is written. The beautician's rating follows at once. Another customer's appointment is 404.",
    auth: "customer",
    body: ReviewBody,
    example: { rating: 5, text: "手法专业，准时到达", photos: ["https://media.example.cn/uploads/review_3f9a1c0b7d2e_5a1b2c.jpg"] },
    responses: { 201: z.object({ review: Review }) },
    errors: { 400: ["PHOTO_NOT_YOURS"], 404: ["APPOINTMENT_NOT_FOUND"], 409: ["NOT_REVIEWABLE", "REVIEW_WINDOW_CLOSED", "ALREADY_REVIEWED"] },
  },
  "GET /store/reviews": {
    summary: "A service's reviews",
    description: "The visible reviews of one service (`product_id`: any of its options), newest first (`limit`, 20 unless given, at most 50), each with the beautician who did the job and the studio's reply; never who wrote them.",
    auth: "public",
    query: ServiceReviewsQuery,
    responses: { 200: z.object({ reviews: z.array(Review.extend({ beautician: z.object({ id: z.string(), display_name: z.string().nullable() }) })) }) },
  },
  "GET /store/beauticians": {
    summary: "Beauticians who come to a place",
    description:
      "Active beauticians of approved studios whose service radius takes in `lat`/`lng`, nearest home first (at most `limit`, default 20, up to 50), with their rating and how far they live (km, one decimal). With `product_id`, only those who perform that service (the limit counts after the filter). Whether one is free for a service at a time is `GET /store/availability`'s answer.",
    auth: "public",
    query: NearbyQuery,
    responses: { 200: z.object({ beauticians: z.array(PublicBeautician.extend({ distance_km: z.number() })) }) },
  },
  "GET /store/beauticians/{id}": {
    summary: "A beautician as customers see them",
    description:
      "Name, studio, rating and review count, the services they perform (product ids), and the skills training certified, with when and until when. Never how to reach them or where they live. A beautician who is not active, or whose studio is not approved, is 404 `BEAUTICIAN_NOT_FOUND`.",
    auth: "public",
    responses: {
      200: z.object({
        beautician: PublicBeautician.extend({
          service_product_ids: z.array(z.string()),
          certifications: z.array(z.object({ skill: z.string().meta({ description: "The service's handle" }), product_id: z.string(), passed_at: timestamp, expires_at: timestamp })),
        }),
      }),
    },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"] },
  },
  "GET /pro/jobs/{id}/review": {
    summary: "The customer's review of one of the beautician's jobs",
    description: "As the public sees it, with the studio's reply; null until the customer reviews (or while the review is hidden). Anyone else's job is 404 `JOB_NOT_FOUND`.",
    auth: "beautician",
    responses: { 200: z.object({ review: Review.nullable() }) },
    errors: { 404: ["JOB_NOT_FOUND"] },
  },
  "GET /store/beauticians/{id}/reviews": {
    summary: "A beautician's reviews",
    description: "The visible reviews, newest first (at most 50), with the studio's replies; never who wrote them.",
    auth: "public",
    responses: { 200: z.object({ reviews: z.array(Review) }) },
  },
  "GET /admin/tickets": {
    summary: "Support's ticket queue",
    description: "Across the platform, the latest activity first (at most 100); filter by `status`, `kind` and `merchant_handle`.",
    auth: "staff",
    query: TicketListQuery,
    responses: { 200: tickets },
  },
  "GET /admin/tickets/{id}": {
    summary: "A ticket with its whole thread",
    description: "Internal notes included. The read is logged in the personal-data access log.",
    auth: "staff",
    responses: { 200: thread },
    errors: { 404: ["TICKET_NOT_FOUND"] },
  },
  "POST /admin/tickets/{id}/messages": {
    summary: "Answer a ticket, or note something internally",
    description: "A reply hands the ticket to the customer (`awaiting_customer`); `internal: true` leaves a note only staff see, the status unchanged. A closed ticket takes no reply (409 `TICKET_CLOSED`).",
    auth: "staff",
    body: StaffTicketMessageBody,
    example: staffMessageExample,
    responses: { 200: ticket },
    errors: { 404: ["TICKET_NOT_FOUND"], 409: ["TICKET_CLOSED"] },
  },
  "POST /admin/tickets/{id}/status": {
    summary: "Resolve or close a ticket",
    description: "The customer's next message reopens a resolved ticket; a closed one takes nothing more (409 `TICKET_CLOSED`). Resolving a resolved ticket is 409 `INVALID_TRANSITION`.",
    auth: "staff",
    body: TicketStatusBody,
    example: { status: "resolved" },
    responses: { 200: ticket },
    errors: { 404: ["TICKET_NOT_FOUND"], 409: ["TICKET_CLOSED", "INVALID_TRANSITION"] },
  },
  "GET /admin/merchants/{handle}/tickets": {
    summary: "Tickets about the studio's jobs",
    description: "The latest activity first (at most 100); filter by `status` and `kind` (`merchant_handle` is the path's).",
    auth: "staff",
    query: TicketListQuery,
    responses: { 200: tickets },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "GET /admin/merchants/{handle}/tickets/{id}": {
    summary: "A ticket about one of the studio's jobs, with its thread",
    description: "Internal notes included; a ticket about another studio's job is 404 `TICKET_NOT_FOUND`.",
    auth: "staff",
    responses: { 200: thread },
    errors: { 404: ["TICKET_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/tickets/{id}/messages": {
    summary: "The studio answers a ticket about its job",
    description: "A reply hands the ticket to the customer; `internal: true` leaves a note for support. A closed ticket takes no reply (409 `TICKET_CLOSED`).",
    auth: "staff",
    body: StaffTicketMessageBody,
    example: { body: "已联系美容师核实路况", internal: true },
    responses: { 200: ticket },
    errors: { 404: ["TICKET_NOT_FOUND"], 409: ["TICKET_CLOSED"] },
  },
  "GET /store/tickets": {
    summary: "The customer's tickets",
    description: "The latest activity first, at most 100.",
    auth: "customer",
    responses: { 200: tickets },
  },
  "POST /store/tickets": {
    summary: "Open a ticket: feedback or a complaint",
    description:
      "Optionally about one of the customer's own appointments (anyone else's is 404 `APPOINTMENT_NOT_FOUND`); the studio that did the job then sees it too. At most ten unfinished tickets at once (409 `TOO_MANY_OPEN_TICKETS`), and ten new ones in any hour, closed or not (429 `TOO_MANY_TICKETS` with `Retry-After` and `retry_after_seconds`). Nothing is written when refused.",
    auth: "customer",
    body: OpenTicketBody,
    example: { kind: "complaint", subject: "美容师迟到", body: "约定 15:00，15:40 才到。", appointment_id: "appt_01J…" },
    responses: { 201: ticket },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"], 409: ["TOO_MANY_OPEN_TICKETS"], 429: ["TOO_MANY_TICKETS"] },
  },
  "GET /store/tickets/{id}": {
    summary: "The customer's ticket and its thread",
    description: "Staff's internal notes left out; anyone else's ticket is 404.",
    auth: "customer",
    responses: { 200: thread },
    errors: { 404: ["TICKET_NOT_FOUND"] },
  },
  "POST /store/tickets/{id}/close": {
    summary: "Close the customer's ticket",
    description: "A closed ticket takes no more messages; a closed one again is 409 `TICKET_CLOSED`.",
    auth: "customer",
    responses: { 200: ticket },
    errors: { 404: ["TICKET_NOT_FOUND"], 409: ["TICKET_CLOSED"] },
  },
  "POST /store/tickets/{id}/messages": {
    summary: "Write again on the customer's ticket",
    description:
      "It is support's turn again (a resolved ticket reopens); a closed one is 409 `TICKET_CLOSED`: open a new one. A customer writes at most thirty replies in any hour over all their tickets (429 `TOO_MANY_TICKETS` with `Retry-After` and `retry_after_seconds`; nothing is written).",
    auth: "customer",
    body: TicketMessageBody,
    example: { body: "补偿还没到账" },
    responses: { 200: ticket },
    errors: { 404: ["TICKET_NOT_FOUND"], 409: ["TICKET_CLOSED"], 429: ["TOO_MANY_TICKETS"] },
  },
  "GET /store/support": {
    summary: "How to reach customer service",
    description: "The phone number and hours kept in the store's settings (`metadata.support_phone`, `metadata.support_hours`, edited by the platform in the back office); null when not set.",
    auth: "public",
    responses: {
      200: z.object({
        support: z.object({
          phone: z.string().nullable().meta({ example: "+86 400-820-0000" }),
          hours: z.string().nullable().meta({ example: "09:00–22:00" }),
        }),
      }),
    },
  },
  "GET /admin/privacy/access-log": {
    summary: "Who in the back office read whose personal data",
    description: "Platform admins only. Newest first, at most 200; filter by `actor_id` (the staff user) or `subject_id` (the record read). The log is append-only.",
    auth: "staff",
    query: AccessLogQuery,
    responses: { 200: z.object({ reads: z.array(PersonalDataRead) }) },
  },
  "GET /store/privacy/export": {
    summary: "Everything kept about the signed-in customer (JSON download)",
    description:
      "Sent as an attachment (`doorstep-<customer id>.json`): the account and its addresses, appointments, orders, reviews, tickets with their messages (staff's internal notes left out), favourite beauticians and the viewing history.",
    auth: "customer",
    responses: { 200: CustomerExport },
  },
  "POST /store/privacy/delete-account": {
    summary: "Delete the signed-in customer's account",
    description:
      "For good: every way they signed in is removed, and their name, email, phone, addresses and the exact places of their visits are erased — from the account, its orders and its appointments — while orders, payments, refunds and the earnings ledger keep their amounts. Reviews stay (they never showed who wrote them); open tickets are closed; favourites and the viewing history are deleted. Not while a visit is still to come (409 `HAS_UPCOMING_APPOINTMENTS`, listing them in `appointments`): cancel those first. Answers with how many appointments, orders and sign-in identities were touched.",
    auth: "customer",
    body: DeleteAccountBody,
    example: { confirm: "DELETE" },
    responses: { 200: z.object({ deleted: z.literal(true), appointments: z.number().int(), orders: z.number().int(), identities: z.number().int() }) },
    errors: { 409: ["HAS_UPCOMING_APPOINTMENTS"] },
    failures: {
      500: {
        mediaType: "application/json",
        description: "Interrupted part way (the erasure spans modules that share no transaction). What was erased stays erased, the account still signs in, and asking again finishes the deletion.",
        schema: z.object({ type: z.string(), code: z.string(), message: z.string() }),
      },
    },
  },
  ...beauticiansScreen,
})
