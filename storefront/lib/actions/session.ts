"use server"

import { answer, medusa, store } from "../api"
import { unlessDown } from "../backend"
import { endSession, finishSignIn, rememberNext } from "../session"

/**
 * Signing in, as server actions: the browser sends the phone and code (or email
 * and password) here; commerce's token goes into the httpOnly session cookie.
 * Each answers `{ ok: true }` or the refusal's `code` (and what helps retry).
 */
import type { SignInResult } from "../session"

const refused = (code: string, details: Record<string, unknown> = {}, field?: string): SignInResult => ({
  ok: false,
  code,
  ...(field ? { field } : {}),
  ...(typeof details.retry_after_seconds === "number" ? { retryAfterSeconds: details.retry_after_seconds } : {}),
})

/** Texts a sign-in code to the phone: a customer's (the default), or a beautician's for the portal. */
export async function requestPhoneCode(phone: string, actor: "customer" | "beautician" = "customer"): Promise<SignInResult & { resendAfterSeconds?: number }> {
  return unlessDown(() => sendCode(phone, actor))
}

async function sendCode(phone: string, actor: "customer" | "beautician"): Promise<SignInResult & { resendAfterSeconds?: number }> {
  const sent = await answer("/store/phone-codes", store().POST("/store/phone-codes", { body: { phone, actor_type: actor } }))
  if (!sent.ok) return refused(sent.code, sent.details, sent.field)
  return { ok: true, resendAfterSeconds: sent.data.resend_after_seconds }
}

export async function signInWithPhoneCode(phone: string, code: string): Promise<SignInResult> {
  return unlessDown(() => phoneSignIn(phone, code))
}

async function phoneSignIn(phone: string, code: string): Promise<SignInResult> {
  const signedIn = await medusa<{ token: string }>("/auth/customer/phone-otp", { body: { phone, code } })
  if (!signedIn.ok) return refused(signedIn.status === 401 ? "WRONG_CODE" : signedIn.code, signedIn.details, "code")
  return finishSignIn(signedIn.data.token, {})
}

export async function signInWithEmail(email: string, password: string, create: boolean): Promise<SignInResult> {
  return unlessDown(() => emailSignIn(email, password, create))
}

async function emailSignIn(email: string, password: string, create: boolean): Promise<SignInResult> {
  if (create) {
    const registered = await medusa<{ token: string }>("/auth/customer/emailpass/register", { body: { email, password } })
    if (!registered.ok) return refused(registered.status === 401 ? "EMAIL_IN_USE" : registered.code, registered.details, "email")
    return finishSignIn(registered.data.token, { email })
  }
  const signedIn = await medusa<{ token: string }>("/auth/customer/emailpass", { body: { email, password } })
  if (!signedIn.ok) return refused(signedIn.status === 401 ? "WRONG_PASSWORD" : signedIn.code, signedIn.details, "password")
  return finishSignIn(signedIn.data.token, { email })
}

export async function signOut(): Promise<void> {
  await endSession()
}

/**
 * Sign-in with WeChat: answers the address of WeChat's page to confirm on
 * (QR code on a computer, or inside WeChat); WeChat sends the customer back to
 * `/sign-in/wechat`, which finishes there and goes on to `next`.
 */
export async function startWechatSignIn(next: string): Promise<{ ok: true; location: string } | { ok: false; code: string }> {
  return unlessDown(async () => {
    const started = await medusa<{ location?: string }>("/auth/customer/wechat", { method: "POST", body: {} })
    if (!started.ok || !started.data.location) return { ok: false as const, code: started.ok ? "UNKNOWN" : started.code }
    await rememberNext(next)
    return { ok: true as const, location: started.data.location }
  })
}
