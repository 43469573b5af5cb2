import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { SIGN_IN_CODE_MODULE, type SignInCodeModuleService } from "@doorstep/accounts/modules/sign-in-code"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { DateTime } from "luxon"
import { seedDemoStore } from "../../src/seed"
import { loadDemoData } from "../../src/seed/demo-data"

export { openEventStream } from "./event-stream"

export const demo = loadDemoData()
export const ZONE = "Asia/Shanghai"
export const peoplesSquare = { lat: 31.2304, lng: 121.4737 }
export const lujiazui = { lat: 31.2397, lng: 121.4998 }

export type Response = { status: number; data: Record<string, any>; headers?: Record<string, string> }
/** An HTTP answer whatever its status: tests look at 4xx answers as closely as at 2xx ones. */
export const settle = (request: Promise<Response>) => request.catch((error: { response: Response }) => error.response)

type Api = {
  get: (url: string, config?: object) => Promise<Response>
  post: (url: string, body?: unknown, config?: object) => Promise<Response>
}

/** Two days ahead, so that every slot of the day is past the minimum notice whatever the hour now. */
export const bookingDay = () => DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()!
export const atOn = (day: string) => (time: string) => DateTime.fromISO(`${day}T${time}`, { zone: ZONE }).toISO()!

export const address = (location = lujiazui) => ({
  line1: "陆家嘴环路 1000 号 12 楼",
  city: "上海",
  district: "浦东新区",
  ...location,
  contact_name: "林小雨",
  contact_phone: "+8613800138000",
})

/**
 * The demo store seeded, the demo customer signed in, the 60-minute tuina
 * service, and a beautician who works every day 09:00–21:00 near People's
 * Square, so tests do not depend on today's weekday.
 */
export async function prepareBooking(api: Api, container: MedusaContainer) {
  const setup = await seedDemoStore(container)
  const store = (token?: string) => ({
    headers: { "x-publishable-api-key": setup.publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  })
  async function signIn(email: string, password: string, register = false): Promise<string> {
    if (register) {
      const registration = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "测试" }, store(registration.data.token))
    }
    return (await api.post("/auth/customer/emailpass", { email, password })).data.token
  }
  const customerToken = await signIn(demo.accounts.customer.email, demo.accounts.customer.password)
  const products = await api.get("/store/products?handle=tuina-massage&fields=id,*variants,+variants.metadata", store())
  const product = products.data.products[0]
  const variantId: string = product.variants.find((v: { metadata: { duration_minutes: number } }) => v.metadata.duration_minutes === 60).id
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [beautician] = await appointments.createBeauticians([
    {
      handle: "test-every-day",
      merchant_handle: "jingan-lumiere",
      display_name: "测试美容师",
      email: "test-every-day@doorstep.local",
      phone: "+8613900000000",
      status: "active",
      timezone: ZONE,
      home_lat: peoplesSquare.lat,
      home_lng: peoplesSquare.lng,
      service_radius_km: 15,
      skill_product_ids: [product.id],
    },
  ])
  await appointments.createWorkingHours(
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ beautician_id: beautician.id, weekday, start_time: "09:00", end_time: "21:00" })),
  )
  // Another merchant's beautician from the demo data, for "not yours" checks.
  const otherBeauticianHandle = demo.beauticians[0].handle as string
  return { ...setup, store, signIn, customerToken, variantId, beauticianId: beautician.id as string, otherBeauticianHandle }
}

export type Booking = Awaited<ReturnType<typeof prepareBooking>>

/** A cart holding one held appointment as its line. */
export async function cartWith(api: Api, booking: Booking, appointmentId: string, token = booking.customerToken, variant = booking.variantId) {
  const cart = (await api.post("/store/carts", { region_id: booking.regionId }, booking.store(token))).data.cart
  const added = await settle(
    api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant, quantity: 1, metadata: { appointment_id: appointmentId } }, booking.store(token)),
  )
  return { cart, added }
}

/** Signs a beautician in to the portal (`/pro`), giving them a login first if they have none. */
export async function beauticianToken(api: Api, container: MedusaContainer, beauticianId: string, email: string, password = "Beautician2026!") {
  const auth = container.resolve(Modules.AUTH)
  if ((await auth.listProviderIdentities({ provider: "emailpass", entity_id: email })).length === 0) {
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
    if (error || !authIdentity) throw new Error(`Could not register ${email}: ${error}`)
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { beautician_id: beauticianId } })
  }
  return (await api.post("/auth/beautician/emailpass", { email, password })).data.token as string
}

/**
 * Signs in by phone code as a customer or to the beautician portal, the code
 * issued as `POST /store/phone-codes` issues it (without the SMS and as if the
 * phone's last code were a minute old: the accounts spec covers both).
 * `e164` is the phone as `+86…`.
 */
export async function phoneToken(api: Api, container: MedusaContainer, e164: string, actor: "customer" | "beautician" = "beautician") {
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`update "sign_in_code" set "created_at" = "created_at" - interval '61 seconds' where "phone" = ?`, [e164])
  const issued = await container.resolve<SignInCodeModuleService>(SIGN_IN_CODE_MODULE).issueCode({ phone: e164, actor, ip: null, now: new Date() })
  if ("retryAfterSeconds" in issued) throw new Error(`No code for ${e164}: ${issued.code}`)
  return (await api.post(`/auth/${actor}/phone-otp`, { phone: e164, code: issued.code })).data.token as string
}

/** Holds a time, pays with Medusa's system provider (a region without gateways) and places the order. */
export async function bookAndPay(api: Api, booking: Booking, start: string, token = booking.customerToken) {
  const store = booking.store(token)
  const held = (await api.post("/store/appointments", { variant_id: booking.variantId, start, address: address(), beautician_id: booking.beauticianId }, store)).data.appointment
  const { cart } = await cartWith(api, booking, held.id, token)
  const collection = (await api.post("/store/payment-collections", { cart_id: cart.id }, store)).data.payment_collection
  await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  const completed = await api.post(`/store/carts/${cart.id}/complete`, {}, store)
  if (completed.data.type !== "order") throw new Error(`No order: ${JSON.stringify(completed.data)}`)
  return held.id as string
}

/** Polls until `check` passes (about 5 s at most): subscribers run after the request that triggered them has answered. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  let value = await read()
  for (let i = 0; i < 50 && !check(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

/** A back-office user with `metadata` (their role and studio), signed in: resolves to their token. */
export async function staffAccount(api: Api, container: MedusaContainer, email: string, metadata: Record<string, unknown>) {
  const password = "Staff-password-2026"
  const { authIdentity } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password } })
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email, metadata } } })
  return (await api.post("/auth/user/emailpass", { email, password })).data.token as string
}

/** A paid appointment that the beautician (signed in as `proToken`) has assigned, travelled to, served and completed. */
export async function completedJob(api: Api, container: MedusaContainer, booking: Booking, proToken: string, start: string, customerToken = booking.customerToken) {
  const id = await bookAndPay(api, booking, start, customerToken)
  await finishJob(api, container, id, proToken)
  return id
}

/** A paid appointment assigned as dispatch would assign it, then travelled to, served and completed by the beautician signed in as `proToken`. */
export async function finishJob(api: Api, container: MedusaContainer, id: string, proToken: string) {
  await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateAppointments({ id, status: "assigned" })
  const pro = { headers: { authorization: `Bearer ${proToken}` } }
  for (const step of [{ status: "en_route" }, { status: "arrived", location: lujiazui }, { status: "in_service" }, { status: "completed", service_record: { notes: "顺利完成", products_used: [], photos_after: [] } }]) {
    await api.post(`/pro/jobs/${id}/status`, step, pro)
  }
}

/**
 * Captures an order's payment, as WeChat Pay and Alipay do on payment (the
 * system provider the tests pay with only authorizes), so refunds go through
 * Medusa and the order's books can be checked.
 */
export async function captureOrder(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
  for (const payment of (data[0] as { payment_collections: Array<{ payments: Array<{ id: string }> }> }).payment_collections.flatMap((c) => c.payments)) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
  }
}
