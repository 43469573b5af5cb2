import { z } from "zod"
import { APPOINTMENT_STATUSES, CUSTOMER_SEGMENTS, LAPSED_AFTER_DAYS, REGULAR_FROM_VISITS } from "@doorstep/booking-core"
import { defineOperations, timestamp } from "@doorstep/appointments/api/openapi"
import { StudioCustomerListQuery, StudioCustomerNoteBody, StudioCustomerTagsBody } from "../admin/merchants/[handle]/customers/validators"

/**
 * A studio's customers (M6): who has booked with it and how they stand, with
 * the studio's own tags and private notes — never shown to the customer or
 * to another studio. Every read is written to the access log.
 */

const SEGMENTS_TEXT = `\`new\`: one completed visit; \`regular\`: ${REGULAR_FROM_VISITS} or more, the last within ${LAPSED_AFTER_DAYS} days; \`lapsed_60\`: visited, but not in the last ${LAPSED_AFTER_DAYS} days. A customer may be in several, or none.`

const StudioCustomer = z
  .object({
    id: z.string(),
    name: z.string().nullable().meta({ description: "The contact name on their latest booking with the studio, else the account's", example: "林小雨" }),
    phone: z.string().nullable().meta({ description: "Masked in lists", example: "+86 ••• •••• 8000" }),
    visits: z.number().int().meta({ description: "Completed visits with the studio" }),
    bookings: z.number().int().meta({ description: "Bookings kept, done or paid for (cancelled ones included)" }),
    spend_fen: z.number().int().meta({ description: "Paid to the studio's bookings (balances included) less refunds, fen", example: 39600 }),
    first_visit_at: timestamp.nullable(),
    last_visit_at: timestamp.nullable(),
    segments: z.array(z.enum(CUSTOMER_SEGMENTS)).meta({ description: SEGMENTS_TEXT }),
    tags: z.array(z.string()).meta({ description: "The studio's own tags, A–Z" }),
  })
  .meta({ id: "StudioCustomer" })

const StudioCustomerNote = z.object({ id: z.string(), body: z.string(), author_id: z.string().meta({ description: "The staff user who wrote it" }), created_at: timestamp }).meta({ id: "StudioCustomerNote" })

const StudioCustomerDetail = z
  .object({
    ...StudioCustomer.shape,
    phone: z.string().nullable().meta({ description: "Whole to the platform, and to the studio while the customer expects a visit from it or until 24 h after one ends; otherwise masked" }),
    phone_masked: z.boolean(),
    notes: z.array(StudioCustomerNote).meta({ description: "The studio's private notes, newest first" }),
    appointments: z.array(
      z.object({
        id: z.string(),
        status: z.enum(APPOINTMENT_STATUSES),
        variant_id: z.string(),
        beautician: z.object({ id: z.string(), display_name: z.string().nullable() }),
        starts_at: timestamp,
        ends_at: timestamp,
        payment_status: z.string(),
        paid_fen: z.number().int().nullable(),
        refund_fen: z.number().int().nullable(),
        balance_paid_fen: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: "StudioCustomerDetail" })

const notFound = { 404: ["MERCHANT_NOT_FOUND", "CUSTOMER_NOT_FOUND"] }

export const operations = defineOperations({
  "GET /admin/merchants/{handle}/customers": {
    summary: "Who has booked with the studio",
    description: `Each customer with a booking kept, done or paid for with one of the studio's beauticians: completed visits, spend, first and last visit, segments and the studio's tags; phones masked. ${SEGMENTS_TEXT} Filter by \`segment\`, \`tag\` and \`q\` (part of a name, or 3+ digits of a phone); sort by \`last_visit\` (default), \`spend\` or \`visits\`; \`limit\` (20, at most 100) and \`offset\`; \`count\` is how many match. Every read is logged in the access log.`,
    auth: "staff",
    query: StudioCustomerListQuery,
    responses: { 200: z.object({ customers: z.array(StudioCustomer), count: z.number().int(), limit: z.number().int(), offset: z.number().int() }) },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "GET /admin/merchants/{handle}/customers/{id}": {
    summary: "A customer as the studio knows them",
    description: "Figures, tags, the studio's private notes and the customer's appointments with the studio, newest first. A customer who never booked with the studio is 404 `CUSTOMER_NOT_FOUND`. Logged in the access log.",
    auth: "staff",
    responses: { 200: z.object({ customer: StudioCustomerDetail }) },
    errors: notFound,
  },
  "POST /admin/merchants/{handle}/customers/{id}/tags": {
    summary: "Set the studio's tags for a customer",
    description: "Replaces them all (up to 20, each up to 20 characters, each once; `[]` clears). The studio's alone: no other studio, and not the customer, sees them.",
    auth: "staff",
    body: StudioCustomerTagsBody,
    example: { tags: ["VIP", "敏感肌"] },
    responses: { 200: z.object({ tags: z.array(z.string()) }) },
    errors: notFound,
  },
  "POST /admin/merchants/{handle}/customers/{id}/notes": {
    summary: "Add a private note about a customer",
    description: "Up to 1,000 characters, signed with the staff user. The studio's alone.",
    auth: "staff",
    body: StudioCustomerNoteBody,
    example: { body: "对精油过敏，请用无香型产品" },
    responses: { 201: z.object({ note: StudioCustomerNote }) },
    errors: notFound,
  },
  "DELETE /admin/merchants/{handle}/customers/{id}/notes/{noteId}": {
    summary: "Delete one of the studio's notes",
    description: "Studio managers and the platform. Another studio's note, or another customer's, is 404 `NOTE_NOT_FOUND`.",
    auth: "staff",
    responses: { 200: z.object({ id: z.string(), object: z.literal("studio_customer_note"), deleted: z.literal(true) }) },
    errors: { 404: ["MERCHANT_NOT_FOUND", "NOTE_NOT_FOUND"] },
  },
})
