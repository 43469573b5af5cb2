import { cookies } from "next/headers"
import type { HttpTypes } from "@medusajs/types"
import { medusa } from "./api"

/**
 * The signed-in customer's commerce token lives in an httpOnly cookie: the
 * browser never reads it, every call to commerce is made by this server.
 */
const COOKIE = "doorstep_session"
const WEEK_SECONDS = 7 * 24 * 3600

export type Customer = HttpTypes.StoreCustomer

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(COOKIE)?.value || undefined
}

export async function startSession(token: string): Promise<void> {
  ;(await cookies()).set(COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    // Secure wherever the storefront is served over https (its public URL says so).
    secure: (process.env.STOREFRONT_URL ?? "").startsWith("https:"),
    path: "/",
    maxAge: WEEK_SECONDS,
  })
}

export async function endSession(): Promise<void> {
  ;(await cookies()).delete(COOKIE)
}

/** Who is signed in, or null (no cookie, or a token commerce no longer takes). */
export async function currentCustomer(): Promise<Customer | null> {
  const token = await sessionToken()
  if (!token) return null
  const me = await medusa<{ customer: Customer }>("/store/customers/me", { token })
  return me.ok ? me.data.customer : null
}
