import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService, ICustomerModuleService, IOrderModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { staffOfRequest } from "@doorstep/accounts/lib/staff-gate"
import { SIGN_IN_CODE_MODULE, type SignInCodeModuleService } from "@doorstep/accounts/modules/sign-in-code"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { OCCUPYING_STATUSES } from "@doorstep/booking-core"
import { TASTE_MODULE, type TasteModuleService } from "@doorstep/recommendations/modules/taste"
import { REVIEW_MODULE, type ReviewModuleService } from "../modules/review"
import { PRIVACY_MODULE, type PrivacyModuleService } from "../modules/privacy"
import { SUPPORT_MODULE, type SupportModuleService } from "../modules/support"
import { CLIENTELE_MODULE, type ClienteleModuleService } from "../modules/clientele"

/**
 * Back-office reads that show a person's data, and where the route names the
 * record read: customers, orders, appointments, tickets, beauticians'
 * applications (C11). Each one a staff member makes is logged.
 */
export const PERSONAL_DATA_ROUTES: readonly RegExp[] = [
  /^\/admin\/customers(?:\/([^/]+))?/,
  /^\/admin\/orders(?:\/([^/]+))?/,
  /^\/admin\/appointments(?:\/([^/]+))?/,
  /^\/admin\/tickets(?:\/([^/]+))?/,
  /^\/admin\/merchants\/[^/]+\/tickets(?:\/([^/]+))?/,
  /^\/admin\/merchants\/[^/]+\/beautician-applications(?:\/([^/]+))?/,
  // The dispatch board: customers' districts and locations, beauticians' home bases (issue 18).
  /^\/admin\/dispatch\/(?:queue|positions)/,
  /^\/admin\/merchants\/[^/]+\/customers(?:\/([^/]+))?/,
]

/** The record a personal-data route reads (null for a list), or undefined when the route shows no personal data. */
export function personalDataSubject(path: string): string | null | undefined {
  for (const route of PERSONAL_DATA_ROUTES) {
    const match = path.match(route)
    if (match) return match[1] ?? null
  }
  return undefined
}

/**
 * Logs every successful staff read of personal data once the answer is sent
 * (by then authentication and the staff gate have run, whatever order the
 * middlewares were registered in).
 */
export function auditPersonalDataReads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0]
  const subject = personalDataSubject(path)
  if (req.method === "GET" && subject !== undefined) {
    res.on("finish", () => {
      const actorId = (req as MedusaRequest & { auth_context?: { actor_type: string; actor_id: string } }).auth_context
      if (actorId?.actor_type !== "user" || res.statusCode >= 400) return
      const staff = staffOfRequest(req)
      const query = Object.keys(req.query ?? {}).length > 0 ? (req.query as Record<string, unknown>) : null
      req.scope
        .resolve<PrivacyModuleService>(PRIVACY_MODULE)
        .createPersonalDataAccesses({ actor_id: actorId.actor_id, role: staff?.role ?? null, merchant_handle: staff?.merchantHandle ?? null, method: req.method, route: path, subject_id: subject, query, status: res.statusCode })
        .catch((error: unknown) => req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER).error(`Could not log a personal-data read of ${path}: ${error}`))
    })
  }
  next()
}

/** Everything the platform keeps about a customer, for them to take away (C11). */
export async function customerExport(container: MedusaContainer, customerId: string) {
  const customer = await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).retrieveCustomer(customerId, { relations: ["addresses"] })
  const appointments = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments(
    { customer_id: customerId },
    { select: ["id", "status", "variant_id", "order_id", "starts_at", "ends_at", "address", "paid_fen", "refund_fen", "cancellation_fee_fen", "payment_status", "created_at"], order: { starts_at: "DESC" } },
  )
  const orders = await container.resolve<IOrderModuleService>(Modules.ORDER).listOrders(
    { customer_id: customerId },
    { select: ["id", "display_id", "email", "currency_code", "status", "created_at"], order: { created_at: "DESC" } },
  )
  const reviews = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews(
    { customer_id: customerId },
    { select: ["id", "appointment_id", "rating", "text", "photos", "hidden", "reply", "created_at"] },
  )
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const tickets = await support.listTickets({ customer_id: customerId }, { select: ["id", "kind", "subject", "status", "appointment_id", "created_at"] })
  const messages = tickets.length
    ? await support.listTicketMessages({ ticket_id: tickets.map((t) => t.id), internal: false }, { select: ["id", "ticket_id", "author_type", "body", "photos", "created_at"], order: { created_at: "ASC" } })
    : []
  const taste = container.resolve<TasteModuleService>(TASTE_MODULE)
  const [favourites, consentedAt, views] = await Promise.all([taste.favouritesOf(customerId), taste.consentOf(customerId), taste.viewsOf(customerId)])
  return {
    exported_at: new Date().toISOString(),
    customer: {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name,
      last_name: customer.last_name,
      phone: customer.phone,
      created_at: customer.created_at,
      addresses: (customer.addresses ?? []).map(({ id, address_name, first_name, last_name, phone, address_1, address_2, city, province, postal_code, country_code }) => ({
        id, address_name, first_name, last_name, phone, address_1, address_2, city, province, postal_code, country_code,
      })),
    },
    appointments,
    orders,
    reviews,
    tickets: tickets.map((ticket) => ({ ...ticket, messages: messages.filter((m) => (m as { ticket_id?: string }).ticket_id === ticket.id) })),
    favourite_beauticians: favourites,
    viewing_history: { consented_at: consentedAt, views },
  }
}

/** The customer's appointments that are still to happen; an account with any of them cannot be deleted yet. */
export async function upcomingAppointments(container: MedusaContainer, customerId: string) {
  const appointments = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments(
    { customer_id: customerId, status: [...OCCUPYING_STATUSES] },
    { select: ["id", "status", "starts_at"] },
  )
  return appointments
}

const ERASED = "已注销 · deleted"

/**
 * Deletes a customer's account the way the books allow (C11): they can no
 * longer sign in (every identity gone), and their name, email, phone,
 * addresses and the exact places of their past visits are erased — from the
 * account, its orders and its appointments — while orders, payments,
 * refunds and the earnings ledger keep their amounts, so every sum still adds
 * up. Studios' tags and private notes about them, their favourites and viewing history are deleted. Reviews stay (they never showed who wrote them); tickets stay, closed.
 * The modules share no transaction, so every step may run twice, and the
 * identities go last: an interrupted deletion is finished by asking again.
 */
export async function anonymizeCustomer(container: MedusaContainer, customerId: string) {
  const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
  const customer = await customers.retrieveCustomer(customerId, { relations: ["addresses"] })
  if (customer.phone) {
    // The codes texted to the phone name it; a new one can still be asked for until the identities go.
    const codes = container.resolve<SignInCodeModuleService>(SIGN_IN_CODE_MODULE)
    const sent = await codes.listSignInCodes({ phone: customer.phone }, { select: ["id"] })
    if (sent.length) await codes.deleteSignInCodes(sent.map((code) => code.id))
  }

  const addressIds = (customer.addresses ?? []).map((address) => address.id)
  if (addressIds.length) await customers.deleteCustomerAddresses(addressIds)
  await customers.updateCustomers(customerId, {
    email: `deleted+${customerId}@deleted.doorstep.invalid`,
    first_name: ERASED,
    last_name: null,
    phone: null,
    company_name: null,
    metadata: { deleted_at: new Date().toISOString() },
  })

  const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
  const placed = await orders.listOrders({ customer_id: customerId }, { select: ["id", "shipping_address_id", "billing_address_id"] as never })
  if (placed.length) await orders.updateOrders(placed.map((order) => ({ id: order.id, email: `deleted+${customerId}@deleted.doorstep.invalid` })))
  const orderAddresses = placed.flatMap((order) => [(order as { shipping_address_id?: string }).shipping_address_id, (order as { billing_address_id?: string }).billing_address_id]).filter((id): id is string => Boolean(id))
  if (orderAddresses.length) {
    await orders.updateOrderAddresses(orderAddresses.map((id) => ({ id, first_name: ERASED, last_name: null, phone: null, address_1: null, address_2: null, company: null, postal_code: null })) as never)
  }

  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const visits = await appointments.listAppointments({ customer_id: customerId }, { select: ["id", "address", "lat", "lng"] })
  for (const visit of visits) {
    // The city, district and a place rounded to about a kilometre keep the studio's statistics; the door is gone.
    // (An update merges into the stored JSON, so every other field is set to null rather than left out.)
    const address = Object.fromEntries(Object.entries((visit.address ?? {}) as Record<string, unknown>).map(([key, value]) => [key, key === "city" || key === "district" ? value : null]))
    await appointments.updateAppointments({ id: visit.id, address: { ...address, erased: true }, lat: Math.round(visit.lat * 100) / 100, lng: Math.round(visit.lng * 100) / 100 })
  }

  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  await support.updateTickets({ selector: { customer_id: customerId, status: ["open", "awaiting_customer", "resolved"] }, data: { status: "closed" } })

  // What studios kept about them (tags, private notes) names the person: it goes.
  const clientele = container.resolve<ClienteleModuleService>(CLIENTELE_MODULE)
  const tags = await clientele.listStudioCustomerTags({ customer_id: customerId }, { select: ["id"] })
  if (tags.length) await clientele.deleteStudioCustomerTags(tags.map((tag) => tag.id))
  const notes = await clientele.listStudioCustomerNotes({ customer_id: customerId }, { select: ["id"] })
  if (notes.length) await clientele.deleteStudioCustomerNotes(notes.map((note) => note.id))

  // Their favourites and viewing history are theirs alone: they go.
  await container.resolve<TasteModuleService>(TASTE_MODULE).forgetCustomer(customerId)

  // Last, the ways in: interrupted before here, the account still signs in and asking again finishes the job.
  const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
  // Every way they signed in (email and password, SMS code, WeChat) is an identity that names the customer.
  const own = (await auth.listAuthIdentities({ app_metadata: { customer_id: customerId } } as never, { select: ["id"] })).map((identity) => identity.id)
  if (own.length) await auth.deleteAuthIdentities([...new Set(own)])
  return { appointments: visits.length, orders: placed.length, identities: own.length }
}
