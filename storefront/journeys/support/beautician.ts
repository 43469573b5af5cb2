import { Client } from "pg"
import { localePath, messagesFor, type Locale } from "../../lib/i18n"
import { SESSIONS } from "../../lib/session-cookies"
import { setting, type Tab } from "../../../scripts/lib/browser-tab"

/** The beautician's side of a journey: the portal signed in on a phone, their `/pro` API, and the journeys' database. */

const COMMERCE = () => setting("JOURNEY_COMMERCE_URL")
/** Every demo beautician's password (scripts/seed/data/accounts.json). */
export const BEAUTICIAN_PASSWORD = "Doorstep2026!"

/**
 * The portal as the beautician with `email` on this phone: their session
 * (commerce's token, as the portal's sign-in keeps it in its cookie), then
 * `path` (a portal path) opened.
 */
export async function openPortalAs(tab: Tab, locale: Locale, email: string, path: string): Promise<void> {
  const storefront = setting("JOURNEY_STOREFRONT_URL")
  const { token } = await proApi(email)
  await tab.page.context().addCookies([{ name: SESSIONS.pro.cookie, value: token, url: storefront, httpOnly: true, sameSite: "Lax" }])
  await tab.visit(`${storefront}${localePath(locale, path)}`)
}

/** Signs in on the portal's sign-in page with an email and password (the phone's code is the first tab). */
export async function signInToPortal(tab: Tab, locale: Locale, email: string, password = BEAUTICIAN_PASSWORD): Promise<void> {
  const t = messagesFor(locale)
  const byEmail = tab.page.getByRole("tab", { name: t.byEmail })
  if ((await byEmail.getAttribute("aria-selected")) !== "true") await byEmail.click()
  await tab.page.getByLabel(t.email).fill(email)
  await tab.page.getByLabel(t.password).fill(password)
  await tab.page.getByRole("button", { name: t.proSignInSubmit }).click()
}

/** The beautician's `/pro` API, as their phone calls it. */
export async function proApi(email: string) {
  const signedIn = await fetch(`${COMMERCE()}/auth/beautician/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: BEAUTICIAN_PASSWORD }),
  })
  if (!signedIn.ok) throw new Error(`${email} could not sign in: ${signedIn.status}`)
  const { token } = (await signedIn.json()) as { token: string }
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${COMMERCE()}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as T
  }
  return { token, get: <T>(path: string) => call<T>("GET", path), put: <T>(path: string, body: unknown) => call<T>("PUT", path, body) }
}


/**
 * Moves the clock past an exam's cooldown for one beautician: their attempts
 * as if sat `hours` earlier. Attempts are append-only (a trigger refuses
 * changes), so this session sets the trigger aside, as a test may and the
 * application never does.
 */
export async function backdateExamAttempts(beauticianId: string, hours: number): Promise<void> {
  const db = new Client({ connectionString: setting("JOURNEY_DATABASE_URL") })
  await db.connect()
  try {
    await db.query("begin")
    await db.query("set local session_replication_role = replica")
    const moved = await db.query(
      `update exam_attempt set created_at = created_at - make_interval(hours => $2), retry_at = retry_at - make_interval(hours => $2) where beautician_id = $1`,
      [beauticianId, hours],
    )
    if (!moved.rowCount) throw new Error(`${beauticianId} has sat no exam`)
    await db.query("commit")
  } finally {
    await db.end()
  }
}
