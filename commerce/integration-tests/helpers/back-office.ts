import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import type { MedusaContainer } from "@medusajs/framework/types"
import { atOn, beauticianToken, bookAndPay, bookingDay, demo, phoneToken, prepareBooking, settle, staffAccount, ZONE, type Booking, type Response } from "./booking"

type Api = {
  get: (url: string, config?: object) => Promise<Response>
  post: (url: string, body?: unknown, config?: object) => Promise<Response>
}

/** The back office's people: a platform admin, studio A's (Jing'an) manager and front desk, studio B's (Xuhui) manager, support, and a user with no role. */
export const STAFF = ["platform", "managerA", "staffA", "managerB", "support", "nobody"] as const
export type Staff = (typeof STAFF)[number]

/** A studio's own service, as its manager adds it. */
export const studioService = {
  title: { "zh-CN": "静安店肩颈放松", en: "Neck and shoulder relief" },
  category: "massage",
  status: "published",
  variants: [{ title: { "zh-CN": "45 分钟", en: "45 min" }, duration_minutes: 45, price_fen: 19800 }],
}

/**
 * Everyone the authorization specs ask as, and the objects of studio A they
 * ask about: A's beautician (who is booked) and a colleague, B's beautician,
 * a paid appointment and a cancelled one, A's own service, a beautician's
 * application to A with an ID photo, and a customer who booked with A only.
 * Portal callers: someone applying (a phone sign-in without a beautician),
 * A's beautician and colleague, a customer.
 */
export async function backOfficeCast(api: Api, container: MedusaContainer) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const booking: Booking = await prepareBooking(api, container)
  const productId = (await api.get(`/store/products?handle=tuina-massage&fields=id`, booking.store())).data.products[0].id as string
  /** A beautician of `merchant` who performs the booked service every day near the address. */
  async function newBeautician(handle: string, merchant: string) {
    const [created] = await appointments.createBeauticians([
      { handle, merchant_handle: merchant, display_name: handle, email: `${handle}@doorstep.local`, phone: "+8613900000009", status: "active", timezone: ZONE, home_lat: 31.23, home_lng: 121.47, service_radius_km: 10, skill_product_ids: [productId] },
    ])
    await appointments.createWorkingHours([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ beautician_id: created.id, weekday, start_time: "09:00", end_time: "21:00" })))
    return created.id as string
  }

  const ids = { beauticianA: booking.beauticianId, colleagueA: "", beauticianB: "", appointment: "", cancelled: "", order: "", managerA: "", serviceA: "", applicationA: "", photoA: "", customerOfA: "", visitOfA: "", productId }
  ids.colleagueA = await newBeautician("test-colleague-a", "jingan-lumiere")
  ids.beauticianB = await newBeautician("test-xuhui-b", "xuhui-qingyu")
  ids.appointment = await bookAndPay(api, booking, atOn(bookingDay())("13:00:00"))
  ids.order = (await appointments.listAppointments({ id: ids.appointment }))[0].order_id!
  ids.cancelled = await bookAndPay(api, booking, atOn(bookingDay())("19:00:00"))
  await api.post(`/store/appointments/${ids.cancelled}/cancel`, {}, booking.store(booking.customerToken))
  // A customer of A only, for a studio's customers (M6): booked before a case narrows A's districts.
  const ofA = await booking.signIn("customer-of-a@doorstep.local", "customer-of-a-1", true)
  ids.visitOfA = await bookAndPay(api, booking, atOn(bookingDay())("17:00:00"), ofA)
  ids.customerOfA = (await api.get("/store/customers/me", booking.store(ofA))).data.customer.id

  const tokens = {} as Record<Staff, string>
  const { email, password } = demo.accounts.commerce_admin
  tokens.platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
  tokens.managerA = await staffAccount(api, container, "manager.jingan@doorstep.local", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
  ids.managerA = (await api.get("/admin/users/me", { headers: { authorization: `Bearer ${tokens.managerA}` } })).data.user.id
  tokens.staffA = await staffAccount(api, container, "staff.jingan@doorstep.local", { role: "merchant_staff", merchant_handle: "jingan-lumiere" })
  tokens.managerB = await staffAccount(api, container, "manager.xuhui@doorstep.local", { role: "merchant_manager", merchant_handle: "xuhui-qingyu" })
  tokens.support = await staffAccount(api, container, "agent.support@doorstep.local", { role: "support_agent" })
  tokens.nobody = await staffAccount(api, container, "invited@doorstep.local", {})

  const created = await settle(api.post("/admin/merchants/jingan-lumiere/services", studioService, { headers: { authorization: `Bearer ${tokens.managerA}` } }))
  if (created.status !== 201) throw new Error(JSON.stringify(created.data))
  ids.serviceA = created.data.service.id

  // Someone applied to studio A from the portal, with photos of their ID card and certificate.
  const applicantOfA = await phoneToken(api, container, "+8613700008888")
  const photo = async (kind: string) => {
    const form = new FormData()
    form.append("kind", kind)
    form.append("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from(`a photo of the ${kind}`)])], { type: "image/jpeg" }), "photo.jpg")
    return (await api.post("/pro/application/documents", form, { headers: { authorization: `Bearer ${applicantOfA}` } })).data.document.id as string
  }
  ids.photoA = await photo("id_card")
  const applied = await api.post(
    "/pro/application",
    {
      merchant_handle: "jingan-lumiere",
      display_name: "申请人",
      id_number: "310106199205181237",
      id_document_ids: [ids.photoA],
      certificates: [{ name: "美容师证", document_id: await photo("certificate") }],
      background_check_consent: true,
      district: "静安区",
      home: { lat: 31.23, lng: 121.45 },
      service_radius_km: 5,
      skill_product_ids: [productId],
    },
    { headers: { authorization: `Bearer ${applicantOfA}` } },
  )
  ids.applicationA = applied.data.application.id

  const portal = {
    applicant: await phoneToken(api, container, "+8613700009999"),
    beautician: await beauticianToken(api, container, ids.beauticianA, "test-every-day@doorstep.local"),
    colleague: await beauticianToken(api, container, ids.colleagueA, "test-colleague-a@doorstep.local"),
    customer: booking.customerToken,
    customerOfA: ofA,
  }
  return { booking, ids, tokens, portal }
}

export type BackOfficeCast = Awaited<ReturnType<typeof backOfficeCast>>
