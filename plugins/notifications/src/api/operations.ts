import { z } from "zod"
import { defineOperations, timestamp } from "@doorstep/appointments/api/openapi"
import { LOCALES } from "../lib/local-time"
import { CERTIFICATION_KINDS, NOTIFICATION_KINDS } from "../lib/templates"
import { BeauticianPreferencesBody, CustomerPreferencesBody, InboxQuery } from "./validators"

const locale = z.enum(LOCALES).meta({ description: "The language notices come in (zh-CN unless chosen)" })

/** One in-app notice to its recipient. */
const InboxNotification = z
  .object({
    id: z.string().meta({ example: "ntfd_01JD…" }),
    appointment_id: z.string().meta({ description: "The appointment the notice is about (for a certification notice, what it concerns)" }),
    kind: z.enum([...NOTIFICATION_KINDS, ...CERTIFICATION_KINDS]),
    title: z.string(),
    body: z.string(),
    url: z.string().nullable().meta({ description: "Where the notice leads in our apps" }),
    read_at: timestamp.nullable(),
    created_at: timestamp,
  })
  .meta({ id: "InboxNotification" })

const Inbox = z.object({ notifications: z.array(InboxNotification), unread_count: z.number().int() })
const ReadNotification = z.object({ notification: InboxNotification })
const CustomerPreferences = z.object({ preferences: z.object({ locale, review_requests: z.boolean().meta({ description: "Whether review requests may come" }) }) })
const BeauticianPreferences = z.object({ preferences: z.object({ locale }) })

export const operations = defineOperations({
  "GET /pro/notification-preferences": {
    summary: "The beautician's notice language",
    auth: "beautician",
    responses: { 200: BeauticianPreferences },
  },
  "PUT /pro/notification-preferences": {
    summary: "Set the beautician's notice language",
    description: "Every notice to a beautician is about their jobs or certifications, so the language is all they choose; what is not given is kept.",
    auth: "beautician",
    body: BeauticianPreferencesBody,
    example: { locale: "en" },
    responses: { 200: BeauticianPreferences },
  },
  "GET /pro/notifications": {
    summary: "The beautician's in-app notices",
    description: "Their own notices, newest first (`limit`, 50 unless given, at most 100), with how many are unread.",
    auth: "beautician",
    query: InboxQuery,
    responses: { 200: Inbox },
  },
  "POST /pro/notifications/{id}/read": {
    summary: "Mark one of the beautician's notices read",
    description: "The first reading counts (`read_at` is kept after). Another person's notice is 404 `NOTIFICATION_NOT_FOUND`, as if it did not exist.",
    auth: "beautician",
    responses: { 200: ReadNotification },
    errors: { 404: ["NOTIFICATION_NOT_FOUND"] },
  },
  "GET /store/notification-preferences": {
    summary: "The customer's notice language and review requests",
    auth: "customer",
    responses: { 200: CustomerPreferences },
  },
  "PUT /store/notification-preferences": {
    summary: "Set the customer's notice language and review requests",
    description: "`review_requests: false` turns review requests off; notices about the bookings themselves always come. What is not given is kept.",
    auth: "customer",
    body: CustomerPreferencesBody,
    example: { locale: "zh-CN", review_requests: false },
    responses: { 200: CustomerPreferences },
  },
  "GET /store/notifications": {
    summary: "The customer's in-app notices",
    description: "Their own notices, newest first (`limit`, 50 unless given, at most 100), with how many are unread.",
    auth: "customer",
    query: InboxQuery,
    responses: { 200: Inbox },
  },
  "POST /store/notifications/{id}/read": {
    summary: "Mark one of the customer's notices read",
    description: "The first reading counts (`read_at` is kept after). Another person's notice is 404 `NOTIFICATION_NOT_FOUND`, as if it did not exist.",
    auth: "customer",
    responses: { 200: ReadNotification },
    errors: { 404: ["NOTIFICATION_NOT_FOUND"] },
  },
})
