import { answer, store, type JsonOf } from "./api"

export type SupportContact = JsonOf<"/store/support", "get">["support"]
export type Ticket = JsonOf<"/store/tickets", "get">["tickets"][number]
export type TicketThread = JsonOf<"/store/tickets/{id}", "get">["ticket"]
export type NewTicket = { kind: Ticket["kind"]; subject: string; body: string; appointment_id?: string }

/** The service phone and hours, as the platform set them (either may be null). */
export function supportContact() {
  return answer("/store/support", store().GET("/store/support"))
}

export function myTickets(token: string) {
  return answer("/store/tickets", store(token).GET("/store/tickets"))
}

export function myTicket(token: string, id: string) {
  return answer("/store/tickets/{id}", store(token).GET("/store/tickets/{id}", { params: { path: { id } } }))
}

export function openTicket(token: string, body: NewTicket) {
  return answer("/store/tickets", store(token).POST("/store/tickets", { body }))
}

export function writeOnTicket(token: string, id: string, body: string) {
  return answer("/store/tickets/{id}/messages", store(token).POST("/store/tickets/{id}/messages", { params: { path: { id } }, body: { body } }))
}

export function closeTicket(token: string, id: string) {
  return answer("/store/tickets/{id}/close", store(token).POST("/store/tickets/{id}/close", { params: { path: { id } } }))
}

/** A number as a `tel:` link takes it: digits and a leading +, nothing else. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`
