import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import { answer, pro, type JsonOf } from "../api"
import { localePath, type Locale } from "../locale"
import type { SignInResult } from "../session"
import { SESSIONS, sessionCookie } from "../session-cookies"
import { applicationStanding } from "./application"

/**
 * A beautician's session on this device: their commerce token (actor
 * `beautician`) in a cookie of its own, so that one phone can hold a
 * customer's and a beautician's sign-in apart. The cookie is kept for 30 days
 * and the proxy renews the token while the portal is used.
 */
const { cookie: PRO_COOKIE, maxAge: DEVICE_SECONDS } = SESSIONS.pro

export type Beautician = JsonOf<"/pro/me", "get">["beautician"]

export async function proToken(): Promise<string | undefined> {
  return (await cookies()).get(PRO_COOKIE)?.value || undefined
}

export async function startProSession(token: string): Promise<void> {
  ;(await cookies()).set(PRO_COOKIE, token, sessionCookie(DEVICE_SECONDS))
}

export async function endProSession(): Promise<void> {
  ;(await cookies()).delete(PRO_COOKIE)
}

/** The portal's sign-in page, then back to `path` (a portal path without the locale). */
export function proSignIn(locale: Locale, path: string): never {
  redirect(`${localePath(locale, "/pro/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`)
}

/** The session's token for a portal page, or off to sign in. */
export async function proTokenOrSignIn(locale: Locale, path: string): Promise<string> {
  const token = await proToken()
  if (!token) proSignIn(locale, path)
  return token
}

/** Who the token names, or null when commerce no longer takes it (expired, or not a beautician's). */
export async function currentBeautician(token: string): Promise<Beautician | null> {
  const me = await answer("/pro/me", pro(token).GET("/pro/me"))
  return me.ok ? me.data.beautician : null
}

/** Starts the portal's session when the token names a beautician; a sign-in that is not one's starts nothing. */
export async function startIfBeautician(token: string): Promise<SignInResult> {
  if (!(await currentBeautician(token))) return { ok: false, code: "NOT_A_BEAUTICIAN" }
  await startProSession(token)
  return { ok: true }
}

/**
 * A portal page's beautician and token; anyone else goes to sign in first,
 * except someone applying to a studio, who goes to their application (a
 * phone sign-in without a beautician yet, or a beautician still pending with
 * an application). Throws BackendUnavailableError when commerce cannot answer.
 */
export async function signedInBeautician(locale: Locale, path: string): Promise<{ token: string; beautician: Beautician }> {
  const token = await proTokenOrSignIn(locale, path)
  const beautician = await currentBeautician(token)
  if (!beautician) {
    if (await applicationStanding(token)) redirect(localePath(locale, "/pro/apply"))
    proSignIn(locale, path)
  }
  if (beautician.status === "pending" && (await applicationStanding(token))?.application) redirect(localePath(locale, "/pro/apply/status"))
  return { token, beautician }
}
