import type { ICustomerModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { maskedPhone } from "@doorstep/accounts/lib/phone"
import type { StaffMember } from "@doorstep/accounts/lib/staff-roles"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService, type StudioCustomerFigures } from "@doorstep/appointments/modules/appointment"
import { customerSegments, segmentBounds } from "@doorstep/booking-core"
import { CLIENTELE_MODULE, type ClienteleModuleService } from "../modules/clientele"
import type { StudioCustomerListQuery } from "../api/admin/merchants/[handle]/customers/validators"

const HOUR = 3600_000
/** Statuses in which the customer is expecting the studio: its staff may need to call them. */
const EXPECTING = ["confirmed", "assigned", "en_route", "arrived", "in_service"]

const appointmentsOf = (container: MedusaContainer) => container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
const clienteleOf = (container: MedusaContainer) => container.resolve<ClienteleModuleService>(CLIENTELE_MODULE)

export const customerNotFound = () => new DomainError(404, "CUSTOMER_NOT_FOUND", "您的门店没有这位顾客 · No such customer of your studio")

interface Account {
  id: string
  first_name: string | null
  last_name: string | null
  phone: string | null
}

async function accountsOf(container: MedusaContainer, ids: string[]): Promise<Map<string, Account>> {
  if (!ids.length) return new Map()
  const accounts = await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).listCustomers({ id: ids }, { select: ["id", "first_name", "last_name", "phone"], take: ids.length })
  return new Map(accounts.map((account) => [account.id, account as Account]))
}

/** A customer's figures as a list shows them: the phone always masked. */
function summary(figures: StudioCustomerFigures, account: Account | undefined, tags: string[], now: number) {
  const accountName = [account?.last_name, account?.first_name].filter(Boolean).join("") || null
  const phone = account?.phone || figures.contact_phone
  const lastVisitAt = figures.last_visit_at ? new Date(figures.last_visit_at) : null
  return {
    id: figures.customer_id,
    name: figures.contact_name || accountName,
    phone: phone ? maskedPhone(phone) : null,
    visits: figures.visits,
    bookings: figures.bookings,
    spend_fen: figures.spend_fen,
    first_visit_at: figures.first_visit_at ? new Date(figures.first_visit_at).toISOString() : null,
    last_visit_at: lastVisitAt?.toISOString() ?? null,
    segments: customerSegments({ visits: figures.visits, lastVisitAt: lastVisitAt?.getTime() ?? null }, now),
    tags,
  }
}

async function tagsOf(container: MedusaContainer, handle: string, customerIds: string[]) {
  const rows = customerIds.length ? await clienteleOf(container).listStudioCustomerTags({ merchant_handle: handle, customer_id: customerIds }, { select: ["customer_id", "tag"], order: { tag: "ASC" } }) : []
  const tags = new Map<string, string[]>()
  for (const row of rows) tags.set(row.customer_id, [...(tags.get(row.customer_id) ?? []), row.tag])
  return tags
}

/** The studio's customers: filtered by segment, tag and a search on name or phone, sorted and paged, with how many match. */
export async function listStudioCustomers(container: MedusaContainer, handle: string, query: StudioCustomerListQuery, now = new Date()) {
  const page = { limit: query.limit, offset: query.offset }
  let customerIds: string[] | undefined
  if (query.tag) {
    const tagged = await clienteleOf(container).listStudioCustomerTags({ merchant_handle: handle, tag: query.tag }, { select: ["customer_id"] })
    if (!tagged.length) return { customers: [], count: 0, ...page }
    customerIds = tagged.map((row) => row.customer_id)
  }
  // The account's name or phone (whoever the platform knows), then narrowed to the studio's customers in the figures' statement.
  const search = query.q
    ? {
        text: query.q,
        customer_ids: (await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).listCustomers({ q: query.q } as never, { select: ["id"], take: 1000 })).map((c) => c.id),
      }
    : undefined
  const { count, customers } = await appointmentsOf(container).listStudioCustomers({
    merchant_handle: handle,
    customer_ids: customerIds,
    segment: query.segment ? segmentBounds(query.segment, now.getTime()) : undefined,
    search,
    sort: query.sort,
    order: query.order,
    ...page,
  })
  const ids = customers.map((figures) => figures.customer_id)
  const [accounts, tags] = await Promise.all([accountsOf(container, ids), tagsOf(container, handle, ids)])
  return { customers: customers.map((figures) => summary(figures, accounts.get(figures.customer_id), tags.get(figures.customer_id) ?? [], now.getTime())), count, ...page }
}

/** The customer's figures with this studio, or 404 `CUSTOMER_NOT_FOUND` when they never booked with it. */
export async function studioCustomerFigures(container: MedusaContainer, handle: string, customerId: string) {
  const { customers } = await appointmentsOf(container).listStudioCustomers({ merchant_handle: handle, customer_ids: [customerId], sort: "last_visit", order: "desc", limit: 1, offset: 0 })
  if (!customers.length) throw customerNotFound()
  return customers[0]
}

/**
 * The customer as the studio knows them: figures, tags, its private notes and
 * their appointments with it. The phone whole only to the platform, or to the
 * studio's staff while the customer expects a visit from the studio and until
 * 24 hours after one ends (the window a beautician has the address); otherwise
 * its last four digits.
 */
export async function studioCustomer(container: MedusaContainer, handle: string, customerId: string, staff: StaffMember | undefined, now = new Date()) {
  const figures = await studioCustomerFigures(container, handle, customerId)
  const appointments = appointmentsOf(container)
  const beauticians = await appointments.listBeauticians({ merchant_handle: handle }, { select: ["id", "display_name"] })
  const names = new Map(beauticians.map((b) => [b.id, b.display_name]))
  const visits = await appointments.listAppointments(
    { customer_id: customerId, beautician_id: [...names.keys()], status: ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "cancelled", "no_show"] },
    { select: ["id", "status", "variant_id", "beautician_id", "starts_at", "ends_at", "payment_status", "paid_fen", "refund_fen", "balance_paid_fen"], order: { starts_at: "DESC" }, take: 500 },
  )
  const [accounts, tags, notes] = await Promise.all([
    accountsOf(container, [customerId]),
    tagsOf(container, handle, [customerId]),
    clienteleOf(container).listStudioCustomerNotes({ merchant_handle: handle, customer_id: customerId }, { select: ["id", "body", "author_id", "created_at"], order: { created_at: "DESC" } }),
  ])
  const account = accounts.get(customerId)
  const expected = visits.some((visit) => EXPECTING.includes(visit.status) || (visit.status === "completed" && now.getTime() < new Date(visit.ends_at).getTime() + 24 * HOUR))
  const phoneWhole = staff?.role === "platform_admin" || expected
  const phone = account?.phone || figures.contact_phone
  return {
    ...summary(figures, account, tags.get(customerId) ?? [], now.getTime()),
    phone: phone ? (phoneWhole ? phone : maskedPhone(phone)) : null,
    phone_masked: Boolean(phone) && !phoneWhole,
    notes: notes.map(({ id, body, author_id, created_at }) => ({ id, body, author_id, created_at })),
    appointments: visits.map((visit) => ({
      id: visit.id,
      status: visit.status,
      variant_id: visit.variant_id,
      beautician: { id: visit.beautician_id, display_name: names.get(visit.beautician_id) ?? null },
      starts_at: new Date(visit.starts_at).toISOString(),
      ends_at: new Date(visit.ends_at).toISOString(),
      payment_status: visit.payment_status,
      paid_fen: visit.paid_fen,
      refund_fen: visit.refund_fen,
      balance_paid_fen: visit.balance_paid_fen,
    })),
  }
}
