import type { Page } from "playwright-core"
import { messagesFor, type Locale } from "../../lib/i18n"

/** Signs in on the portal's sign-in page with an email and password (its first tab is the phone's code). */
export async function proSignInByEmail(page: Page, locale: Locale, email: string, password: string): Promise<void> {
  const t = messagesFor(locale)
  const byEmail = page.getByRole("tab", { name: t.byEmail })
  if ((await byEmail.getAttribute("aria-selected")) !== "true") await byEmail.click()
  await page.getByLabel(t.email).fill(email)
  await page.getByLabel(t.password).fill(password)
  await page.getByRole("button", { name: t.proSignInSubmit }).click()
}
