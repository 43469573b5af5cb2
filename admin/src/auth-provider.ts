import { FetchError } from "@medusajs/js-sdk"
import type { AuthProvider } from "react-admin"
import { medusa } from "./medusa"

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
    if (statusOf(error) === 403) throw { logoutUser: false, redirectTo: false, message: "ra.notification.not_authorized" }
  },
  async getIdentity() {
    const { user } = await medusa.admin.user.me()
    const fullName = [user.first_name, user.last_name].filter(Boolean).join(" ")
    return { id: user.id, fullName: fullName || user.email }
  },
}
