import { redirect } from "next/navigation"
import { localePath, type Locale } from "./locale"
import { sessionToken } from "./session"

/** Where a page sends someone who is not (or no longer) signed in: the sign-in page, then back here. */
export function signInAgain(locale: Locale, path: string): never {
  redirect(`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`)
}

/** The session's token for a signed-in customer's page, or off to sign in. */
export async function tokenOrSignIn(locale: Locale, path: string): Promise<string> {
  const token = await sessionToken()
  if (!token) signInAgain(locale, path)
  return token
}
