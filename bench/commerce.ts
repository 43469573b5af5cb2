/** The bench's customers: commerce as the slot bench runs it lives in scripts/lib/commerce-process.ts. */
import { SetupError } from "../scripts/lib/errors"

export { rssMib, startCommerce, type RunningCommerce } from "../scripts/lib/commerce-process"

/**
 * A bearer token for the bench's own customer (the seed's demo people are not
 * relied on): registered on first use, signed in afresh on each commerce.
 */
export async function customerToken(base: string, publishableKey: string, email: string, password: string): Promise<string> {
  const json = { "content-type": "application/json" }
  const registered = await fetch(`${base}/auth/customer/emailpass/register`, { method: "POST", headers: json, body: JSON.stringify({ email, password }) })
  if (registered.ok) {
    const { token } = (await registered.json()) as { token: string }
    const created = await fetch(`${base}/store/customers`, {
      method: "POST",
      headers: { ...json, "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
      body: JSON.stringify({ email }),
    })
    if (!created.ok) throw new SetupError(`Creating the bench customer answered ${created.status}: ${await created.text()}`)
  } else {
    await registered.arrayBuffer()
  }
  const signedIn = await fetch(`${base}/auth/customer/emailpass`, { method: "POST", headers: json, body: JSON.stringify({ email, password }) })
  if (!signedIn.ok) throw new SetupError(`Signing the bench customer in answered ${signedIn.status}: ${await signedIn.text()}`)
  return ((await signedIn.json()) as { token: string }).token
}
