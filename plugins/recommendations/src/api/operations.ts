import { z } from "zod"
import { defineOperations, timestamp, zonedTime } from "@doorstep/appointments/api/openapi"
import { RecommendationsQuery, ViewBody, ViewingConsentBody } from "./validators"

const BeauticianCard = z
  .object({
    id: z.string(),
    display_name: z.string(),
    merchant_handle: z.string().nullable().meta({ description: "Her studio (`GET /store/merchants/{handle}`)" }),
    rating: z.number().nullable(),
    review_count: z.number().int(),
  })
  .meta({ id: "RecommendedBeautician" })

const Reason = z
  .object({
    code: z.enum(["rebook_due", "favourite_free", "booked_together", "viewed", "popular_nearby"]).meta({
      description:
        "`rebook_due`: they book this about every `interval_days`, next due around `due_on`; `favourite_free`: a favourite of theirs is free (`beautician`, `slots`); `booked_together`: customers who booked `because_product_id` (theirs, or the page's) booked this too; `viewed`: they looked at it lately (with consent); `popular_nearby`: booked `bookings` times within `within_km` (null: anywhere) over 90 days",
    }),
    because_product_id: z.string().optional(),
    interval_days: z.number().int().optional(),
    due_on: z.string().optional().meta({ description: "YYYY-MM-DD in the platform's zone" }),
    bookings: z.number().int().optional(),
    within_km: z.number().nullable().optional(),
  })
  .meta({ id: "RecommendationReason" })

const Recommendation = z
  .object({
    product_id: z.string(),
    handle: z.string(),
    beautician: BeauticianCard.nullable(),
    slots: z.array(z.object({ starts_at: zonedTime, variant_id: z.string() })).meta({ description: "A favourite's next free starts at the customer's place (up to 3); empty for other reasons" }),
    reason: Reason,
  })
  .meta({ id: "Recommendation" })

const Favourite = z
  .object({
    beautician: BeauticianCard,
    created_at: timestamp,
    next_free: z.array(z.object({ starts_at: zonedTime, product_id: z.string(), variant_id: z.string() })).meta({
      description: "Up to 3 free starts over the next 7 days at the customer's default address, for the service they last had with her (else the first she performs); empty without a saved address",
    }),
  })
  .meta({ id: "FavouriteBeautician" })

const ViewingHistory = z.object({
  consent: z.boolean(),
  consented_at: timestamp.nullable(),
  views: z.array(z.object({ product_id: z.string(), handle: z.string(), viewed_at: timestamp })),
})
const Consent = z.object({ consent: z.boolean(), consented_at: timestamp.nullable() })

export const operations = defineOperations({
  "GET /store/recommendations": {
    summary: "What to book next, each with why",
    description:
      "A signed-in customer's own suggestions: a rebooking due at their usual interval, a favourite beautician's free times, services booked together with theirs, services they viewed (only kept with consent); then what is popular near them, which is all a guest gets. Near: `lat`/`lng`, else the customer's default saved address, within 5 km, else 15 km, else anywhere, whichever first counts 20 bookings over 90 days. With `product_id` (a service page) suggestions lean to what is booked with that service and never repeat it; a service they already have coming is never suggested. Only services someone comes to the place for.",
    auth: "customer_optional",
    query: RecommendationsQuery,
    responses: { 200: z.object({ personal: z.boolean().meta({ description: "Whether anything of the customer's own shaped the answer" }), recommendations: z.array(Recommendation) }) },
    errors: { 404: ["SERVICE_NOT_FOUND"] },
  },
  "GET /store/favourites": {
    summary: "The customer's favourite beauticians and their next free times",
    description: "Most recently marked first; a favourite who is no longer active (or whose studio does not take bookings) is left out while so.",
    auth: "customer",
    responses: { 200: z.object({ favourites: z.array(Favourite) }) },
  },
  "PUT /store/favourites/{beautician_id}": {
    summary: "Mark a beautician a favourite",
    description: "Idempotent: marking again keeps the first `created_at`. Dispatch prefers a customer's favourites for their jobs.",
    auth: "customer",
    responses: { 200: z.object({ favourite: z.object({ beautician_id: z.string(), created_at: timestamp }) }) },
    errors: { 404: ["BEAUTICIAN_NOT_FOUND"] },
  },
  "DELETE /store/favourites/{beautician_id}": {
    summary: "No longer a favourite",
    description: "Idempotent.",
    auth: "customer",
    responses: { 200: z.object({ beautician_id: z.string(), deleted: z.literal(true) }) },
  },
  "GET /store/viewing-history": {
    summary: "Whether a viewing history is kept, and what it holds",
    description: "The services viewed (the last view of each, newest first, at most 50). Nothing is kept without consent.",
    auth: "customer",
    responses: { 200: ViewingHistory },
  },
  "POST /store/viewing-history": {
    summary: "A service page was viewed",
    description: "Kept only while the customer consents (`recorded` says whether); the latest 100 services are kept.",
    auth: "customer",
    body: ViewBody,
    example: { product_id: "prod_01JD…" },
    responses: { 200: z.object({ recorded: z.boolean() }) },
    errors: { 404: ["SERVICE_NOT_FOUND"] },
  },
  "DELETE /store/viewing-history": {
    summary: "Clear the viewing history",
    description: "Consent stays as it was.",
    auth: "customer",
    responses: { 200: z.object({ cleared: z.number().int().meta({ description: "How many services it held" }) }) },
  },
  "PUT /store/viewing-history/consent": {
    summary: "Say yes or no to a viewing history",
    description: "Yes keeps the services the customer views from now on, to suggest from (kept from the first yes). No clears the history at once and keeps none.",
    auth: "customer",
    body: ViewingConsentBody,
    example: { consent: true },
    responses: { 200: Consent },
  },
})
