"use server"

import { medusa } from "../../api"
import { unlessDown } from "../../backend"
import { endProSession, startIfBeautician } from "../../pro/session"
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

export async function proSignOut(): Promise<void> {
  await endProSession()
}
