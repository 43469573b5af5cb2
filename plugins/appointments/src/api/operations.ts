import { z } from "zod"
import { APPOINTMENT_STATUSES, TAKEN_STATUSES } from "@doorstep/booking-core"
import { FEED_WINDOW } from "../lib/calendar-ics"
import { PAYMENT_STATUSES } from "../modules/appointment/models/appointment"
import { APPOINTMENT_CHANGES } from "../modules/appointment/models/appointment-change"
import { defineOperations, fen, zonedTime } from "./openapi"
import { AppointmentListQuery, RefundBody, StaffCancelBody, StaffRescheduleBody } from "./admin/appointments/validators"
import { JobStepBody } from "./pro/jobs/validators"
import { DateOverrideBody, DateSpanQuery, TimeOffBody, WorkingHoursBody } from "./schedule/validators"
import { EmptyBody } from "./validation"
import { RescheduleBody } from "./store/appointments/[id]/reschedule/validators"
import { CreateHoldBody } from "./store/appointments/validators"
import { AvailabilityQuery } from "./store/availability/validators"

// ---- Shared pieces -------------------------------------------------------------------------------

const timezone = z.string().meta({ description: "IANA time zone of the times in the answer", example: "Asia/Shanghai" })
const clock = z.string().meta({ description: "Local time of day, HH:mm; an end at or before the start ends on the next day", example: "09:00" })
const localDate = z.iso.date().meta({ description: "A local calendar date, YYYY-MM-DD", example: "2026-12-02" })

const START_REJECTIONS = ["START_OFF_GRID", "START_IN_PAST", "START_TOO_SOON", "BEYOND_HORIZON"] as const

/** The address as the customer gave it when booking. */
const AppointmentAddress = z.object({
  line1: z.string(),
  city: z.string(),
  district: z.string(),
  lat: z.number(),
  lng: z.number(),
  contact_name: z.string(),
  contact_phone: z.string(),
  notes: z.string().optional(),
})

/** A studio's cancellation terms as the booking keeps them (hours, percent). */
const CancellationTerms = z
  .object({
    free_until_hours: z.number().meta({ description: "Cancelling is free until this many hours before the start" }),
    tiers: z.array(z.object({ hours_before: z.number(), fee_percent: z.number().int() })).meta({ description: "From each tier's `hours_before`, its fee applies" }),
    late_fee_percent: z.number().int().meta({ description: "The fee under the last tier, and for a no-show" }),
    reschedule_until_hours: z.number().meta({ description: "Moving the time is possible until this many hours before the start" }),
  })
  .meta({ id: "CancellationTerms" })

const Appointment = z
  .object({
    id: z.string().meta({ example: "appt_01JDX6Q4P8Z3K2M5N7R9T1V3W5" }),
    status: z.enum(APPOINTMENT_STATUSES).meta({ description: "A hold past its expiry reads `expired` at once" }),
    final: z.boolean().meta({ description: "Nothing more will happen to it: completed, cancelled, expired or a no-show" }),
    changes: z
      .object({
        cancel: z.boolean().meta({ description: "`POST …/cancel` takes it (the quote says at what cost)" }),
        reschedule: z.boolean().meta({ description: "`POST …/reschedule` takes it, until the policy's cut-off (`RESCHEDULE_TOO_LATE` after)" }),
      })
      .meta({ description: "What the customer may still ask for in this status" }),
    beautician_id: z.string(),
    variant_id: z.string(),
    order_id: z.string().nullable(),
    start: zonedTime,
    end: zonedTime,
    expires_at: zonedTime.nullable().meta({ description: "When a live hold lapses; null otherwise" }),
    paid_fen: fen.nullable(),
    cancellation_fee_fen: fen.nullable(),
    refund_fen: fen.nullable(),
    payment_status: z.enum(PAYMENT_STATUSES),
    address: AppointmentAddress,
    cancellation_terms: CancellationTerms.meta({ description: "The terms this booking is under (its studio's when it was made)" }),
    payment: z
      .object({
        mode: z.enum(["full", "deposit"]).meta({ description: "Paid in full at checkout, or a deposit then the balance after the job" }),
        deposit_percent: z.number().int().optional().meta({ description: "Deposit mode only: the share charged at checkout (10–90)" }),
        price_fen: fen.nullable(),
        balance_due_fen: fen.meta({ description: "Still to pay: 0 once paid, or for a cancelled booking" }),
        balance_paid_fen: fen.nullable(),
      })
      .meta({ description: "How it is paid (its studio's terms when it was made)" }),
    created_at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Appointment" })

const appointmentAnswer = z.object({ appointment: Appointment })

const CancellationQuote = z
  .object({
    allowed: z.boolean(),
    fee_percent: z.number().int(),
    fee_fen: fen,
    refund_fen: fen,
    currency_code: z.literal("cny"),
    minutes_before: z.number().int().meta({ description: "Minutes left before the start (negative once it has passed)" }),
  })
  .meta({ id: "CancellationQuote" })

const policyTier = z.object({
  min_minutes_before: z.number().int().nullable().meta({ description: "The tier applies from this many minutes before the start; null: any time later" }),
  fee_percent: z.number().int(),
})

const GeoPoint = z.object({ lat: z.number(), lng: z.number() })

const Job = z
  .object({
    id: z.string(),
    status: z.enum(TAKEN_STATUSES),
    variant_id: z.string(),
    start: zonedTime,
    end: zonedTime,
    travel_in_minutes: z.number().int(),
    customer: z.object({
      name: z.string().nullable(),
      phone_last4: z.string().nullable().meta({ description: "Never the whole phone", example: "8000" }),
    }),
    address: z
      .union([
        z.object({
          line1: z.string().nullable(),
          district: z.string().nullable(),
          city: z.string().nullable(),
          lat: z.number(),
          lng: z.number(),
          notes: z.string().nullable().meta({ description: "The customer's requests for the visit (how to get in, what they want)" }),
        }),
        z.object({ district: z.string().nullable(), city: z.string().nullable() }),
      ])
      .meta({ description: "In full, with the customer's requests, only while the job is the beautician's and until 24 hours after it ends; then the district and city" }),
    navigation: z
      .object({ amap: z.string(), baidu: z.string(), apple: z.string(), google: z.string() })
      .nullable()
      .meta({ description: "Turn-by-turn links for the map apps, while the address is shown" }),
    check_in: z
      .looseObject({
        lat: z.number().nullable(),
        lng: z.number().nullable(),
        meters: z.number().int().nullable(),
        flagged: z.boolean(),
        at: z.iso.datetime({ offset: true }),
      })
      .nullable()
      .meta({ description: "Where the beautician checked in on arrival; flagged past 300 m, or without a location (then null)" }),
    service_record: z
      .looseObject({
        notes: z.string().optional(),
        products_used: z.array(z.string()).optional(),
        photos_before: z.array(z.string()).optional(),
        photos_after: z.array(z.string()).optional(),
        note: z.string().optional().meta({ description: "A no-show's note" }),
        at: z.iso.datetime({ offset: true }).optional(),
      })
      .nullable()
      .meta({ description: "What was recorded on completion (or a no-show's note)" }),
  })
  .meta({ id: "ProJob" })

const jobAnswer = z.object({ job: Job })
const CalendarFeedAnswer = z.object({
  url: z.string().meta({ description: "The feed's https address; phones subscribe to it as webcal://", example: "https://api.doorstep.example.cn/calendar/q8Z1b4n0Xv3m7k2LwP5s9d6f1g8h4j2k5l7z0x3c9v1.ics" }),
})

const WeeklyWindow = z.object({ weekday: z.number().int().min(1).max(7).meta({ description: "ISO weekday, 1 = Monday … 7 = Sunday" }), start: clock, end: clock })

const WorkingHours = z.object({ timezone, weekly: z.array(WeeklyWindow) }).meta({ id: "BeauticianWorkingHours" })

const DateOverrides = z
  .object({
    timezone,
    overrides: z.array(z.object({ date: localDate, windows: z.array(z.object({ start: clock, end: clock })).meta({ description: "Empty: a day off" }) })),
  })
  .meta({ id: "BeauticianDateOverrides" })

const TimeOff = z
  .looseObject({
    id: z.string(),
    beautician_id: z.string(),
    starts_at: z.iso.datetime({ offset: true }),
    ends_at: z.iso.datetime({ offset: true }),
    reason: z.string().nullable(),
    created_at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "BeauticianTimeOff" })

const dateParams = z.object({ date: localDate })
const beauticianParams = z.object({ id: z.string().meta({ example: "bea_01JDX6Q4P8Z3K2M5N7R9T1V3W5" }) })
const beauticianDateParams = z.object({ id: beauticianParams.shape.id, date: localDate })

const weeklyExample = { weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "18:00" })) }
const timeOffExample = { starts_at: "2026-12-02T13:00:00+08:00", ends_at: "2026-12-02T17:00:00+08:00", reason: "培训" }
const dateOverrideExample = { windows: [{ start: "15:00", end: "23:00" }] }

const SCHEDULE_CONFLICT_NOTE = "Refused with 409 `SCHEDULE_CONFLICT`, listing the booked `appointments` (id, start, end, variant_id, district) it would leave outside working time: nothing is orphaned silently."

// ---- The back office's appointments --------------------------------------------------------------

const staffBeautician = z.object({ id: z.string(), display_name: z.string().nullable(), merchant_handle: z.string().nullable() })

const StaffAppointmentRow = z
  .object({
    id: z.string(),
    status: z.enum(APPOINTMENT_STATUSES),
    start: zonedTime,
    end: zonedTime,
    service: z.string().nullable().meta({ description: "The service's name" }),
    variant_id: z.string(),
    beautician: staffBeautician,
    customer: z.object({ id: z.string(), name: z.string().nullable(), phone_last4: z.string().nullable().meta({ description: "The whole phone is on the appointment's own page" }) }),
    district: z.string().nullable(),
    paid_fen: fen.nullable(),
    refund_fen: fen.nullable(),
    payment_status: z.enum(PAYMENT_STATUSES),
    created_at: z.iso.datetime(),
  })
  .meta({ id: "StaffAppointmentRow" })

const StaffAppointment = z
  .object({
    id: z.string(),
    status: z.enum(APPOINTMENT_STATUSES),
    start: zonedTime,
    end: zonedTime,
    travel_in_minutes: z.number().int(),
    service: z.string().nullable(),
    variant_id: z.string(),
    beautician: staffBeautician,
    customer: z.object({ id: z.string(), name: z.string().nullable(), phone: z.string().nullable() }),
    address: z.object({ line1: z.string().nullable(), district: z.string().nullable(), city: z.string().nullable(), notes: z.string().nullable(), lat: z.number(), lng: z.number() }),
    payment: z.object({
      order_id: z.string().nullable(),
      status: z.enum(PAYMENT_STATUSES),
      price_fen: fen.nullable(),
      paid_fen: fen.nullable(),
      balance_due_fen: fen,
      balance_paid_fen: fen.nullable(),
      cancellation_fee_fen: fen.nullable(),
      refund_fen: fen.nullable().meta({ description: "Given back in all: a cancellation's refund and any refunds after" }),
    }),
    timeline: z.array(z.object({ status: z.string(), from_status: z.string().nullable(), actor: z.string().meta({ description: "`system`, `customer:<id>`, `beautician:<id>` or `user:<id>`" }), at: zonedTime })),
    changes: z.array(
      z.object({
        kind: z.enum(APPOINTMENT_CHANGES),
        actor: z.string(),
        reason: z.string().nullable(),
        details: z.record(z.string(), z.unknown()).meta({ description: "`cancelled`: from_status, fee_fen, refund_fen, waived; `rescheduled`: from, to; `refunded`: amount_fen" }),
        at: zonedTime,
      }),
    ),
    check_in: z.record(z.string(), z.unknown()).nullable(),
    service_record: z.record(z.string(), z.unknown()).nullable().meta({ description: "The beautician's notes, products and before/after photos" }),
    actions: z.object({
      cancel: z.boolean(),
      reschedule: z.boolean(),
      refundable_fen: fen.meta({ description: "What may still be given back (0 while a refund is pending at the gateway)" }),
      cancellation_quote: CancellationQuote.meta({ description: "The policy's fee for cancelling now; staff may waive it" }),
    }),
    created_at: z.iso.datetime(),
  })
  .meta({ id: "StaffAppointment" })

const staffAppointmentAnswer = z.object({ appointment: StaffAppointment })

export const operations = defineOperations({
  // ---- Store: booking ----------------------------------------------------------------------------
  "GET /store/availability": {
    summary: "The starts a customer can book for a service at an address",
    description:
      "Each start comes with the nearest beauticians who can take it (a few at most, nearest home first); `beautician_id` narrows it to one. `days` (1–14) reads several days from `date`, in the store's time zone. Answered from calendars kept in memory and up to date with every commit.",
    auth: "public",
    query: AvailabilityQuery,
    responses: {
      200: z.object({
        timezone,
        slots: z.array(z.object({ start: zonedTime, end: zonedTime, beautician_ids: z.array(z.string()).meta({ description: "Who can take it, nearest first" }) })),
      }),
    },
    errors: { 400: ["VARIANT_NOT_BOOKABLE"], 404: ["VARIANT_NOT_FOUND", "BEAUTICIAN_NOT_FOUND"] },
  },
  "GET /store/booking-rules": {
    summary: "The store's booking rules",
    description:
      "What a customer is promised before booking: the slot grid, notice and horizon, how long a hold lasts, and what cancelling or rescheduling costs and when (the platform's default; a booking keeps its studio's own terms in `cancellation_terms`).",
    auth: "public",
    responses: {
      200: z.object({
        timezone,
        slots: z.object({ step_minutes: z.number().int(), min_notice_minutes: z.number().int(), max_days_ahead: z.number().int() }),
        hold_minutes: z.number().int(),
        cancellation: z.array(policyTier).meta({ description: "From the most notice down; the first tier reached applies" }),
        reschedule: z.array(policyTier).meta({ description: "Moving later than every tier allows is refused" }),
      }),
    },
  },
  "POST /store/appointments": {
    summary: "Hold a slot for the signed-in customer",
    description:
      "Checks the start against the rules, then tries the beauticians who can take it (or only `beautician_id`), nearest first, until one is free. The hold is `held` until `expires_at`; adding it to a cart and paying confirms it. A customer already holding five unpaid times (`DOORSTEP_LIVE_HOLDS_PER_CUSTOMER`) gets 429 `TOO_MANY_HOLDS` with `Retry-After` until the first of them lapses. Nothing is written when it fails.",
    auth: "customer",
    body: CreateHoldBody,
    example: {
      variant_id: "variant_01JDX6Q4P8Z3K2M5N7R9T1V3W5",
      start: "2026-12-02T10:00:00+08:00",
      address: { line1: "陆家嘴环路 1000 号 12 楼", city: "上海", district: "浦东新区", lat: 31.2397, lng: 121.4998, contact_name: "林小雨", contact_phone: "+8613800138000" },
    },
    responses: { 201: appointmentAnswer },
    errors: {
      400: [...START_REJECTIONS, "OUTSIDE_SERVICE_AREA", "VARIANT_NOT_BOOKABLE"],
      404: ["VARIANT_NOT_FOUND", "BEAUTICIAN_NOT_FOUND"],
      409: ["SLOT_UNAVAILABLE"],
      429: ["TOO_MANY_HOLDS"],
    },
  },
  "GET /store/appointments": {
    summary: "The signed-in customer's appointments",
    description: "Their own only, soonest first.",
    auth: "customer",
    responses: { 200: z.object({ appointments: z.array(Appointment) }) },
  },
  "GET /store/appointments/{id}": {
    summary: "One of the customer's appointments",
    description: "Only the customer's own; anyone else's is 404 `APPOINTMENT_NOT_FOUND`, never 403.",
    auth: "customer",
    responses: { 200: appointmentAnswer },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"] },
  },
  "POST /store/appointments/{id}/cancel": {
    summary: "Cancel an appointment",
    description:
      "Cancels as quoted (see `GET …/cancellation-quote`) and refunds through the gateway that was paid; the slot is free again at once and dispatch is called off. When the gateway cannot be reached the cancellation stands and `payment_status` reads `refund_pending`.",
    auth: "customer",
    responses: { 200: z.object({ appointment: Appointment, quote: CancellationQuote }) },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"], 409: ["INVALID_TRANSITION"] },
  },
  "GET /store/appointments/{id}/cancellation-quote": {
    summary: "What cancelling now would cost and give back",
    description: "In fen, by the terms the booking was made under; `allowed` is false when the appointment can no longer be cancelled.",
    auth: "customer",
    responses: { 200: z.object({ quote: CancellationQuote }) },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"] },
  },
  "GET /store/appointments/{id}/events": {
    summary: "Live status of the customer's appointment",
    description:
      'Server-Sent Events: a `status` event (`{ "appointment_id", "status", "at" }`) each time the appointment moves, a comment every 25 s to keep the stream open. Events in a reconnection gap are missed: reload the appointment on reconnect.',
    auth: "customer",
    stream: true,
    responses: { 200: z.string() },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"] },
  },
  "POST /store/appointments/{id}/reschedule": {
    summary: "Move an appointment to another start",
    description:
      "Same beautician, address and service. A confirmed booking moves only until the reschedule limit before its start (`RESCHEDULE_TOO_LATE`). The new time is secured before the old one is given up; nothing changes on an error.",
    auth: "customer",
    body: RescheduleBody,
    example: { start: "2026-12-02T16:00:00+08:00" },
    responses: { 200: appointmentAnswer },
    errors: {
      400: [...START_REJECTIONS, "VARIANT_NOT_BOOKABLE"],
      404: ["APPOINTMENT_NOT_FOUND", "VARIANT_NOT_FOUND"],
      409: ["INVALID_TRANSITION", "RESCHEDULE_TOO_LATE", "SLOT_UNAVAILABLE"],
    },
  },
  "GET /store/appointments/{id}/timeline": {
    summary: "Every step of the customer's appointment",
    description: "Oldest first; who moved it is told as a kind, never a person's id.",
    auth: "customer",
    responses: {
      200: z.object({
        timeline: z.array(
          z.object({
            status: z.enum(APPOINTMENT_STATUSES),
            from_status: z.enum(APPOINTMENT_STATUSES).nullable(),
            by: z.enum(["system", "customer", "beautician", "user"]),
            at: zonedTime,
          }),
        ),
      }),
    },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"] },
  },

  // ---- Pro: the beautician's own ---------------------------------------------------------------
  "GET /pro/me": {
    summary: "The signed-in beautician and their hours",
    auth: "beautician",
    responses: {
      200: z.object({
        beautician: z.object({
          id: z.string(),
          handle: z.string(),
          display_name: z.string(),
          status: z.enum(["pending", "active", "suspended"]),
          timezone: z.string(),
          service_radius_km: z.number(),
          weekly: z.array(WeeklyWindow),
        }),
      }),
    },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"] },
  },
  "GET /pro/jobs": {
    summary: "The beautician's jobs from yesterday to a week ahead, or on the dates asked",
    description:
      "Soonest first, at most 200. With `from` and `to` (local dates in the booking zone, both included, at most 42 days apart): the jobs starting on those dates, as a day or week view reads them.",
    auth: "beautician",
    query: DateSpanQuery,
    responses: { 200: z.object({ jobs: z.array(Job), timezone }) },
  },
  "GET /pro/jobs/{id}": {
    summary: "One of the beautician's jobs, with the way there",
    description: "Anyone else's job, or one not yet theirs, is 404 `JOB_NOT_FOUND`.",
    auth: "beautician",
    responses: { 200: jobAnswer },
    errors: { 404: ["JOB_NOT_FOUND"] },
  },
  "POST /pro/jobs/{id}/status": {
    summary: "Take a job one step",
    description:
      "En route, arrived (with where the beautician is when their phone allows: a check-in far from the address, or without a location, is flagged, never refused), in service, completed (with the service record) or no-show, as the state machine allows from where the job is. Two taps at once move it once; the other gets 409 `INVALID_TRANSITION`.",
    auth: "beautician",
    body: JobStepBody,
    example: { status: "arrived", location: { lat: 31.2397, lng: 121.4998 } },
    responses: { 200: jobAnswer },
    errors: { 404: ["JOB_NOT_FOUND"], 409: ["INVALID_TRANSITION"] },
  },
  "GET /pro/calendar-feed": {
    summary: "The secret URL of the beautician's jobs as a calendar feed",
    description:
      "An iCalendar feed (`GET /calendar/{token}.ics`) to subscribe to from a phone calendar (`webcal://` the same address). Made on the first call, the same URL afterwards; only a hash of its token is stored. 503 `CALENDAR_FEED_UNAVAILABLE` when the server has no feed secret.",
    auth: "beautician",
    responses: { 200: CalendarFeedAnswer },
    errors: { 503: ["CALENDAR_FEED_UNAVAILABLE"] },
  },
  "POST /pro/calendar-feed/renew": {
    summary: "Give the calendar feed a new secret URL",
    description:
      "For a URL that got out: the old URL answers 404 from now on, so every calendar subscribed to it stops updating until subscribed again with the new one. The body is empty (a field in it is 400 `INVALID_INPUT`).",
    auth: "beautician",
    body: EmptyBody,
    example: {},
    responses: { 200: CalendarFeedAnswer },
    errors: { 503: ["CALENDAR_FEED_UNAVAILABLE"] },
  },
  "GET /calendar/{file}": {
    summary: "A beautician's jobs as an iCalendar feed",
    description: `No sign-in: the secret token in the URL is the key. Jobs from ${FEED_WINDOW.pastDays} days back to ${FEED_WINDOW.futureDays} days ahead, in the booking zone with its VTIMEZONE; visits that were theirs and were cancelled are \`STATUS:CANCELLED\`. Each names the service and the district only — the address and the customer stay in the app, since a phone keeps its copy past the 24 hours the privacy rules allow. An unknown or renewed token is 404 \`CALENDAR_NOT_FOUND\`.`,
    auth: "public",
    params: z.object({ file: z.string().meta({ description: "`<token>.ics`", example: "q8Z1b4n0Xv3m7k2LwP5s9d6f1g8h4j2k5l7z0x3c9v1.ics" }) }),
    responses: { 200: { mediaType: "text/calendar", description: "The feed (RFC 5545), refreshed by calendars every 15 minutes (`REFRESH-INTERVAL`)." } },
    errors: { 404: ["CALENDAR_NOT_FOUND"] },
  },
  "GET /pro/working-hours": {
    summary: "The beautician's weekly hours",
    auth: "beautician",
    responses: { 200: WorkingHours },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"] },
  },
  "PUT /pro/working-hours": {
    summary: "Replace the beautician's weekly hours",
    description: `The whole week at once; several windows make a day, breaks are the gaps. ${SCHEDULE_CONFLICT_NOTE}`,
    auth: "beautician",
    body: WorkingHoursBody,
    example: weeklyExample,
    responses: { 200: WorkingHours },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"], 409: ["SCHEDULE_CONFLICT"] },
  },
  "GET /pro/time-off": {
    summary: "The beautician's time off",
    description: "Soonest first, at most 200: every block not yet over, or with `from` and `to` (local dates, both included, at most 42 days apart) those touching those dates.",
    auth: "beautician",
    query: DateSpanQuery,
    responses: { 200: z.object({ timezone, time_off: z.array(TimeOff) }) },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"] },
  },
  "DELETE /pro/time-off/{id}": {
    summary: "Give time off back to the working hours",
    description: "Only the beautician's own (anyone else's is 404 `TIME_OFF_NOT_FOUND`). Removing time off adds working time, so it never orphans a booking.",
    auth: "beautician",
    params: z.object({ id: z.string().meta({ example: "toff_01JDX6Q4P8Z3K2M5N7R9T1V3W5" }) }),
    responses: { 200: z.object({ id: z.string(), object: z.literal("time_off"), deleted: z.literal(true) }) },
    errors: { 404: ["TIME_OFF_NOT_FOUND"] },
  },
  "POST /pro/time-off": {
    summary: "Block time off",
    description: `Instants with their offset, \`starts_at\` before \`ends_at\`. ${SCHEDULE_CONFLICT_NOTE}`,
    auth: "beautician",
    body: TimeOffBody,
    example: timeOffExample,
    responses: { 201: z.object({ time_off: TimeOff }) },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"], 409: ["SCHEDULE_CONFLICT"] },
  },
  "GET /pro/date-overrides": {
    summary: "The dates with other hours than the week says",
    auth: "beautician",
    responses: { 200: DateOverrides },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"] },
  },
  "PUT /pro/date-overrides/{date}": {
    summary: "Set one date's hours",
    description: `Other hours on one local date (a holiday, a late shift) instead of that weekday's; no windows is a day off. Answers every override. ${SCHEDULE_CONFLICT_NOTE}`,
    auth: "beautician",
    params: dateParams,
    body: DateOverrideBody,
    example: dateOverrideExample,
    responses: { 200: DateOverrides },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"], 409: ["SCHEDULE_CONFLICT"] },
  },
  "DELETE /pro/date-overrides/{date}": {
    summary: "Return one date to the weekly hours",
    description: `Answers every override left. ${SCHEDULE_CONFLICT_NOTE}`,
    auth: "beautician",
    params: dateParams,
    responses: { 200: DateOverrides },
    errors: { 400: ["INVALID_INPUT"], 404: ["BEAUTICIAN_NOT_FOUND"], 409: ["SCHEDULE_CONFLICT"] },
  },

  // ---- Admin: appointments ---------------------------------------------------------------------
  "GET /admin/appointments": {
    summary: "Appointments, for the back office",
    description:
      "Filtered by status, local dates, beautician, service and customer; sorted and paged on the server. Merchant staff see their studio's (its beauticians' appointments); the platform and support every studio's, or one's with `merchant_handle`. Each read is in the access log.",
    auth: "staff",
    query: AppointmentListQuery,
    responses: { 200: z.object({ merchant_handle: z.string().nullable(), count: z.number().int(), limit: z.number().int(), offset: z.number().int(), appointments: z.array(StaffAppointmentRow) }) },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "GET /admin/appointments/{id}": {
    summary: "One appointment, with what staff may do with it",
    description:
      "The whole address and phone, the status timeline with who moved it, each cancellation, move and refund with its reason, the money, the check-in and the service record. The dispatch log is `GET …/dispatch`. Another studio's appointment is 404, as if it did not exist.",
    auth: "staff",
    responses: { 200: staffAppointmentAnswer },
    errors: { 404: ["APPOINTMENT_NOT_FOUND", "NOT_FOUND"] },
  },
  "POST /admin/appointments/{id}/cancel": {
    summary: "Cancel for the customer or the studio",
    description:
      "With a reason. The policy's fee (`actions.cancellation_quote`) is kept unless `waive_fee`; the rest goes back through the gateway that was paid, the slot is free at once and dispatch is called off. Of two cancellations at once only one counts (409 `INVALID_TRANSITION`).",
    auth: "staff",
    body: StaffCancelBody,
    example: { reason: "客户来电取消 · The customer called to cancel", waive_fee: true },
    responses: { 200: z.object({ appointment: StaffAppointment, quote: CancellationQuote }) },
    errors: { 404: ["APPOINTMENT_NOT_FOUND", "NOT_FOUND"], 409: ["INVALID_TRANSITION"] },
  },
  "POST /admin/appointments/{id}/reschedule": {
    summary: "Move an appointment to another time",
    description:
      "With a reason, to a time its beautician is free (with travel), until the beautician sets off (`confirmed` or `assigned`); not bound by the customer's cut-off. The new time is secured before the old one is given up.",
    auth: "staff",
    body: StaffRescheduleBody,
    example: { start: "2026-12-03T15:00:00+08:00", reason: "客户要求改到下午 · The customer asked for the afternoon" },
    responses: { 200: staffAppointmentAnswer },
    errors: { 400: [...START_REJECTIONS], 404: ["APPOINTMENT_NOT_FOUND", "NOT_FOUND", "VARIANT_NOT_FOUND"], 409: ["INVALID_TRANSITION", "SLOT_UNAVAILABLE"] },
  },
  "POST /admin/appointments/{id}/refund": {
    summary: "Give money back",
    description:
      "Part or all of what was paid and not yet given back, with a reason (a complaint settled, a goodwill gesture), through the gateway that took it; `payment.status` reads `refund_pending` if the gateway cannot be reached. The studio's manager's call.",
    auth: "staff",
    body: RefundBody,
    example: { amount_fen: 5000, reason: "服务超时，部分退款 · The visit ran late; part refund" },
    responses: { 200: staffAppointmentAnswer },
    errors: { 404: ["APPOINTMENT_NOT_FOUND", "NOT_FOUND"], 409: ["REFUND_TOO_LARGE"] },
  },

  // ---- Admin: any beautician's schedule --------------------------------------------------------
  "GET /admin/beauticians/{id}/date-overrides": {
    summary: "A beautician's dates with other hours than the week says",
    description: "A studio's staff see their own studio's beauticians only.",
    auth: "staff",
    params: beauticianParams,
    responses: { 200: DateOverrides },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"] },
  },
  "PUT /admin/beauticians/{id}/date-overrides/{date}": {
    summary: "Set one date's hours for a beautician",
    description: `Other hours on one local date instead of that weekday's; no windows is a day off. Answers every override. ${SCHEDULE_CONFLICT_NOTE}`,
    auth: "staff",
    params: beauticianDateParams,
    body: DateOverrideBody,
    example: dateOverrideExample,
    responses: { 200: DateOverrides },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"], 409: ["SCHEDULE_CONFLICT"] },
  },
  "DELETE /admin/beauticians/{id}/date-overrides/{date}": {
    summary: "Return one date of a beautician's to the weekly hours",
    description: `Answers every override left. ${SCHEDULE_CONFLICT_NOTE}`,
    auth: "staff",
    params: beauticianDateParams,
    responses: { 200: DateOverrides },
    errors: { 400: ["INVALID_INPUT"], 404: ["BEAUTICIAN_NOT_FOUND"], 409: ["SCHEDULE_CONFLICT"] },
  },
  "POST /admin/beauticians/{id}/time-off": {
    summary: "Block time off for a beautician",
    description: `Instants with their offset, \`starts_at\` before \`ends_at\`. ${SCHEDULE_CONFLICT_NOTE}`,
    auth: "staff",
    params: beauticianParams,
    body: TimeOffBody,
    example: timeOffExample,
    responses: { 201: z.object({ time_off: TimeOff }) },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"], 409: ["SCHEDULE_CONFLICT"] },
  },
  "GET /admin/beauticians/{id}/time-off": {
    summary: "A beautician's time off",
    description: "Soonest first, at most 200: every block not yet over, or with `from` and `to` (local dates, both included, at most 42 days apart) those touching those dates. A studio's staff see their own studio's beauticians only.",
    auth: "staff",
    params: beauticianParams,
    query: DateSpanQuery,
    responses: { 200: z.object({ timezone, time_off: z.array(TimeOff) }) },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"] },
  },
  "DELETE /admin/beauticians/{id}/time-off/{timeOffId}": {
    summary: "Give a beautician's time off back to their working hours",
    description: "One block of this beautician's (another's is 404 `TIME_OFF_NOT_FOUND`). Removing time off adds working time, so it never orphans a booking.",
    auth: "staff",
    params: z.object({ id: beauticianParams.shape.id, timeOffId: z.string().meta({ example: "toff_01JDX6Q4P8Z3K2M5N7R9T1V3W5" }) }),
    responses: { 200: z.object({ id: z.string(), object: z.literal("time_off"), deleted: z.literal(true) }) },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND", "TIME_OFF_NOT_FOUND"] },
  },
  "GET /admin/beauticians/{id}/working-hours": {
    summary: "A beautician's weekly hours",
    description: "A studio's staff see their own studio's beauticians only.",
    auth: "staff",
    params: beauticianParams,
    responses: { 200: WorkingHours },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"] },
  },
  "PUT /admin/beauticians/{id}/working-hours": {
    summary: "Replace a beautician's weekly hours",
    description: `The whole week at once; several windows make a day, breaks are the gaps. ${SCHEDULE_CONFLICT_NOTE}`,
    auth: "staff",
    params: beauticianParams,
    body: WorkingHoursBody,
    example: weeklyExample,
    responses: { 200: WorkingHours },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"], 409: ["SCHEDULE_CONFLICT"] },
  },
})
