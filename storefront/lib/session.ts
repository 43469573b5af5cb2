import { cookies } from "next/headers"
import type { HttpTypes } from "@medusajs/types"
import { medusa } from "./api"
import { SESSIONS, sessionCookie } from "./session-cookies"

/**
 * The signed-in customer's commerce token lives in an httpOnly cookie: the
 * browser never reads it, every call to commerce is made by this server.
 */
const { cookie: COOKIE, maxAge: WEEK_SECONDS } = SESSIONS.customer

export type Customer = HttpTypes.StoreCustomer

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(COOKIE)?.value || undefined
}

export async function startSession(token: string): Promise<void> {
  ;(await cookies()).set(COOKIE, token, sessionCookie(WEEK_SECONDS))
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

export type SignInResult = { ok: true } | { ok: false; code: string; field?: string; retryAfterSeconds?: number }

/**
 * A first sign-in proves who the person is but has no account yet: make it,
 * then trade the token for one that names the new customer. Either way the
 * session starts.
 */
export async function finishSignIn(token: string, account: { email?: string }): Promise<SignInResult> {
  const me = await medusa<{ customer: Customer }>("/store/customers/me", { token })
  if (me.ok) {
    await startSession(token)
    return { ok: true }
  }
  const created = await medusa<{ customer: Customer }>("/store/customers", { body: account, token })
  if (!created.ok) return { ok: false, code: created.code }
  const refreshed = await medusa<{ token: string }>("/auth/token/refresh", { method: "POST", token })
  if (!refreshed.ok) return { ok: false, code: refreshed.code }
  await startSession(refreshed.data.token)
  return { ok: true }
}

const NEXT_COOKIE = "doorstep_signin_next"

/** Where to go once a sign-in that leaves the site (WeChat) comes back: a path on this site only. */
export async function rememberNext(next: string): Promise<void> {
  const path = next.startsWith("/") && !next.startsWith("//") ? next : "/"
  ;(await cookies()).set(NEXT_COOKIE, path, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 600 })
}

export async function takeNext(): Promise<string | undefined> {
  const jar = await cookies()
  const next = jar.get(NEXT_COOKIE)?.value
  jar.delete(NEXT_COOKIE)
  return next
}
