"use server"

import { medusa } from "../../api"
import { unlessDown } from "../../backend"
import { currentBeautician, endProSession, startIfBeautician, startProSession } from "../../pro/session"
import type { SignInResult } from "../../session"

/**
 * A beautician signs in to the portal: commerce's token for the `beautician`
 * actor goes into the portal's own httpOnly cookie. A person whose sign-in is
 * not (yet) a beautician is told so, and no session starts.
 */
export async function proSignInWithEmail(email: string, password: string): Promise<SignInResult> {
  return unlessDown(async () => {
    const signedIn = await medusa<{ token: string }>("/auth/beautician/emailpass", { body: { email, password } })
    if (!signedIn.ok) return { ok: false as const, code: signedIn.status === 401 ? "WRONG_PASSWORD" : signedIn.code, field: "password" }
    return startIfBeautician(signedIn.data.token)
  })
}

/**
 * Signs in by the code texted to the phone. A phone on a beautician's row
 * opens the portal; any other phone is someone who may apply to a studio,
 * whose sign-in is kept too (`applicant`), for the application pages.
 */
export async function proSignInWithPhoneCode(phone: string, code: string): Promise<SignInResult & { applicant?: boolean }> {
  return unlessDown(async () => {
    const signedIn = await medusa<{ token: string }>("/auth/beautician/phone-otp", { body: { phone, code } })
    if (!signedIn.ok) return { ok: false as const, code: signedIn.status === 401 ? "WRONG_CODE" : signedIn.code, field: "code" }
    await startProSession(signedIn.data.token)
    return { ok: true as const, applicant: !(await currentBeautician(signedIn.data.token)) }
  })
}

export async function proSignOut(): Promise<void> {
  await endProSession()
}
