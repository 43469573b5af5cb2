import { FetchError } from "@medusajs/js-sdk"
import type { AuthProvider } from "react-admin"
import { medusa } from "./medusa"

/** 陈静 in Chinese order, without a space; Jing Chen otherwise. */
const displayName = (first?: string | null, last?: string | null) =>
  /[\u4e00-\u9fff]/.test(`${first ?? ""}${last ?? ""}`) ? `${last ?? ""}${first ?? ""}` : [first, last].filter(Boolean).join(" ")

const statusOf = (error: unknown) => (error instanceof FetchError ? error.status : undefined)

/** Medusa's admin auth (actor `user`, email + password). */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const result = await medusa.auth.login("user", "emailpass", { email: username, password })
    if (typeof result !== "string") throw new Error("ra.auth.sign_in_error")
  },
  async logout() {
    await medusa.auth.logout().catch(() => undefined)
  },
  async checkAuth() {
    await medusa.admin.user.me()
  },
  async checkError(error: unknown) {
    // 401: the session is gone, so sign in again.
    if (statusOf(error) === 401) throw error
    // 403: signed in, but this role may not see that page (a studio's staff, say): say so and keep the session.
    // (No redirectTo: react-admin 5.15 calls startsWith on any value that is not null or undefined.)
    if (statusOf(error) === 403) throw { logoutUser: false, message: "ra.notification.not_authorized" }
  },
  async getIdentity() {
    const { user } = await medusa.admin.user.me()
    return { id: user.id, fullName: displayName(user.first_name, user.last_name) || user.email }
  },
}
