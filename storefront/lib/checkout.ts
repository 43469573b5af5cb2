import { cookies } from "next/headers"
import type { HttpTypes } from "@medusajs/types"
import { medusa, type Answer } from "./api"
import { regionId } from "./commerce"
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale"

/**
 * Paying for a held appointment: a Medusa cart with the appointment as its one
 * line, a payment collection, and a session with the gateway. The cart of the
 * appointment being paid is remembered in an httpOnly cookie, so paying again
 * (another method, after a failed try, after Alipay's cashier sends the
 * customer back) uses the same cart.
 */
const COOKIE = "doorstep_checkout"

export const PROVIDERS = { wechatpay: "pp_wechatpay_wechatpay", alipay: "pp_alipay_alipay" } as const
export type Gateway = keyof typeof PROVIDERS
/** WeChat Pay: a QR code to scan (desktop) or its H5 page (a phone's browser); Alipay: its cashier page or its phone page. */
export type Channel = "native" | "h5" | "page" | "wap"

type Cart = HttpTypes.StoreCart
const cartOf = (got: Answer<{ cart: Cart }>): Answer<Cart> => (got.ok ? { ok: true, data: got.data.cart } : got)

export interface RememberedCheckout {
  appointmentId: string
  cartId: string
  /** The language the customer paid in, so the gateway's return lands in it. */
  locale: Locale
}

export async function rememberedCheckout(): Promise<RememberedCheckout | undefined> {
  const raw = (await cookies()).get(COOKIE)?.value
  if (!raw) return undefined
  try {
    const parsed = JSON.parse(raw) as { appointmentId?: unknown; cartId?: unknown; locale?: unknown }
    if (typeof parsed.appointmentId !== "string" || typeof parsed.cartId !== "string") return undefined
    return { appointmentId: parsed.appointmentId, cartId: parsed.cartId, locale: typeof parsed.locale === "string" && isLocale(parsed.locale) ? parsed.locale : DEFAULT_LOCALE }
  } catch {
    return undefined
  }
}

async function remember(checkout: RememberedCheckout) {
  ;(await cookies()).set(COOKIE, JSON.stringify(checkout), { httpOnly: true, sameSite: "lax", path: "/", maxAge: 3600 })
}

/** The cart holding this appointment: the remembered one while it is still open, else a new one. */
export async function cartFor(token: string, appointment: { id: string; variant_id: string }, locale: Locale): Promise<Answer<Cart>> {
  const remembered = await rememberedCheckout()
  if (remembered?.appointmentId === appointment.id) {
    const got = await medusa<{ cart: Cart }>(`/store/carts/${remembered.cartId}`, { token })
    if (got.ok && !got.data.cart.completed_at) {
      if (remembered.locale !== locale) await remember({ ...remembered, locale })
      return cartOf(got)
    }
  }
  const created = await medusa<{ cart: Cart }>("/store/carts", { token, body: { region_id: await regionId() } })
  if (!created.ok) return created
  const added = await medusa<{ cart: Cart }>(`/store/carts/${created.data.cart.id}/line-items`, {
    token,
    body: { variant_id: appointment.variant_id, quantity: 1, metadata: { appointment_id: appointment.id } },
  })
  if (added.ok) await remember({ appointmentId: appointment.id, cartId: added.data.cart.id, locale })
  return cartOf(added)
}

/** Applies a promotion code (or, with null, takes every code off). */
export async function setPromotion(token: string, cart: Cart, code: string | null): Promise<Answer<Cart>> {
  const current = (cart.promotions ?? []).map((p) => p.code).filter((c): c is string => Boolean(c))
  if (code === null) {
    if (current.length === 0) return { ok: true, data: cart }
    return cartOf(await medusa<{ cart: Cart }>(`/store/carts/${cart.id}/promotions`, { token, method: "DELETE", body: { promo_codes: current } }))
  }
  const applied = await medusa<{ cart: Cart }>(`/store/carts/${cart.id}/promotions`, { token, body: { promo_codes: [code] } })
  if (!applied.ok) return applied
  // Medusa accepts an unknown code silently: it is applied only if the cart now carries it.
  if (!(applied.data.cart.promotions ?? []).some((p) => p.code?.toLowerCase() === code.toLowerCase())) {
    return { ok: false, status: 400, code: "PROMOTION_NOT_FOUND", message: "Unknown promotion code", details: {} }
  }
  return { ok: true, data: applied.data.cart }
}

export interface PaymentStart {
  /** What the customer does next: scan this (WeChat Pay's `weixin://` link), or go to this page. */
  qr?: string
  redirect?: string
}

/** Opens a payment session with the gateway for the cart's total. */
export async function startPayment(token: string, cart: Cart, gateway: Gateway, channel: Channel): Promise<Answer<PaymentStart>> {
  let collection = cart.payment_collection?.id
  if (!collection) {
    const created = await medusa<{ payment_collection: { id: string } }>("/store/payment-collections", { token, body: { cart_id: cart.id } })
    if (!created.ok) return created
    collection = created.data.payment_collection.id
  }
  const session = await medusa<{ payment_collection: { payment_sessions?: Array<{ provider_id: string; data: Record<string, unknown> }> } }>(
    `/store/payment-collections/${collection}/payment-sessions`,
    { token, body: { provider_id: PROVIDERS[gateway], data: { channel } } },
  )
  if (!session.ok) return session
  const data = session.data.payment_collection.payment_sessions?.find((s) => s.provider_id === PROVIDERS[gateway])?.data ?? {}
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : undefined)
  if (text("code_url")) return { ok: true, data: { qr: text("code_url") } }
  const redirect = text("h5_url") ?? text("pay_url")
  if (redirect) return { ok: true, data: { redirect } }
  return { ok: false, status: 502, code: "PAYMENT_FAILED", message: "The gateway gave nothing to pay with", details: {} }
}

/** Opens a payment for a cart commerce made for the customer (a tip, a deposit's balance). */
export async function payCart(token: string, cartId: string, gateway: Gateway, channel: Channel): Promise<Answer<PaymentStart>> {
  const got = await medusa<{ cart: Cart }>(`/store/carts/${cartId}`, { token })
  if (!got.ok) return got
  return startPayment(token, got.data.cart, gateway, channel)
}
