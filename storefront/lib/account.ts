import type { HttpTypes } from "@medusajs/types"
import { answer, medusa, store } from "./api"

/**
 * The signed-in customer's own account: profile and addresses through Medusa's
 * routes, the phone and privacy through ours.
 */

/** Phone-only and WeChat-only accounts carry a reserved `.invalid` address until the customer gives one: never show it. */
export const realEmail = (email: string | null | undefined) => (email && !/\.invalid$/i.test(email) ? email : null)

/** Their own number, as shown back to them: `+86 139 **** 5678`. */
export function shownPhone(e164: string | null | undefined): string | null {
  if (!e164) return null
  const mainland = /^\+86(\d{3})\d{4}(\d{4})$/.exec(e164)
  return mainland ? `+86 ${mainland[1]} **** ${mainland[2]}` : e164
}

export function updateProfile(token: string, profile: { first_name: string; last_name: string }) {
  return medusa<{ customer: HttpTypes.StoreCustomer }>("/store/customers/me", { token, body: profile })
}

/** Every address on the account (the booking page's carry the place in `metadata`; any others are listed too, so they can be removed). */
export async function myAddresses(token: string) {
  return medusa<{ addresses: HttpTypes.StoreCustomerAddress[] }>("/store/customers/me/addresses", { token, query: { limit: "50" } })
}

export function deleteAddress(token: string, id: string) {
  return medusa<{ deleted: boolean }>(`/store/customers/me/addresses/${encodeURIComponent(id)}`, { token, method: "DELETE" })
}

export function bindPhone(token: string, phone: string, code: string) {
  return answer("/store/customers/me/phone", store(token).POST("/store/customers/me/phone", { body: { phone, code } }))
}

export function deleteAccount(token: string) {
  return answer("/store/privacy/delete-account", store(token).POST("/store/privacy/delete-account", { body: { confirm: "DELETE" } }))
}
