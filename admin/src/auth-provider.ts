import { FetchError } from "@medusajs/js-sdk"
import type { AuthProvider } from "react-admin"
import { medusa } from "./medusa"

const isUnauthorized = (error: unknown) => error instanceof FetchError && (error.status === 401 || error.status === 403)

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
    if (isUnauthorized(error)) throw error
  },
  async getIdentity() {
    const { user } = await medusa.admin.user.me()
    const fullName = [user.first_name, user.last_name].filter(Boolean).join(" ")
    return { id: user.id, fullName: fullName || user.email }
  },
}
