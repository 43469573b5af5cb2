import { z } from "zod"
import { TICKET_KINDS, TICKET_STATUSES } from "@doorstep/booking-core"

const photos = z.array(z.url({ protocol: /^https?$/ })).max(9)
const body = z.string().trim().min(2).max(2000)

export const OpenTicketBody = z
  .object({ kind: z.enum(TICKET_KINDS), subject: z.string().trim().min(2).max(120), body, photos: photos.optional(), appointment_id: z.string().min(1).optional() })
  .strict()
export type OpenTicketBody = z.infer<typeof OpenTicketBody>

export const TicketMessageBody = z.object({ body, photos: photos.optional() }).strict()
export type TicketMessageBody = z.infer<typeof TicketMessageBody>

export const StaffTicketMessageBody = z.object({ body, photos: photos.optional(), internal: z.boolean().optional() }).strict()
export type StaffTicketMessageBody = z.infer<typeof StaffTicketMessageBody>

export const TicketStatusBody = z.object({ status: z.enum(["resolved", "closed"]) }).strict()
export type TicketStatusBody = z.infer<typeof TicketStatusBody>

export const TicketListQuery = z
  .object({ status: z.enum(TICKET_STATUSES).optional(), kind: z.enum(TICKET_KINDS).optional(), merchant_handle: z.string().min(1).optional() })
  .strict()
export type TicketListQuery = z.infer<typeof TicketListQuery>
