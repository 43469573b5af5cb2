import type { AuthProvider } from "react-admin"
import { api, ApiError, TOKEN_KEY } from "./api"
import { medusa } from "./medusa"
import { NOBODY, staffOf, type Staff } from "./roles"

/** 陈静 in Chinese order, without a space; Jing Chen otherwise. */
const displayName = (first?: string | null, last?: string | null) =>
  /[\u4e00-\u9fff]/.test(`${first ?? ""}${last ?? ""}`) ? `${last ?? ""}${first ?? ""}` : [first, last].filter(Boolean).join(" ")

interface Me {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  metadata: Record<string, unknown> | null
}

/** `/admin/users/me`, read once per sign-in (every role may read it). */
let me: Promise<Me> | null = null
const readMe = () => {
  // Signed out (no token kept on this device): say so without asking commerce, whose 401 the browser would log.
  if (!localStorage.getItem(TOKEN_KEY)) return Promise.reject(new ApiError("UNAUTHORIZED", 401, {}))
  me ??= api<{ user: Me }>("GET", "/admin/users/me", { query: { fields: "id,email,first_name,last_name,metadata" } })
    .then(({ user }) => user)
    .catch((error) => {
      me = null
      throw error
    })
  return me
}

/** The signed-in staff member's role and studio, for the data provider (which routes a studio's resources to its handle). */
export const currentStaff = async (): Promise<Staff> => staffOf((await readMe()).metadata)

const statusOf = (error: unknown) => (error instanceof ApiError ? error.status : (error as { status?: number } | null)?.status)

/** Medusa's admin auth (actor `user`, email + password); the role and studio come from the user's metadata. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    me = null
    const result = await medusa.auth.login("user", "emailpass", { email: username, password }).catch(() => {
      throw new Error("ra.auth.sign_in_error")
    })
    if (typeof result !== "string") throw new Error("ra.auth.sign_in_error")
    const staff = await currentStaff()
    // A user with no back-office role reaches nothing: say so rather than show an empty shell.
    if (!staff.role) {
      await medusa.auth.logout().catch(() => undefined)
      me = null
      throw new Error("doorstep.auth.no_role")
    }
  },
  async logout() {
    me = null
    await medusa.auth.logout().catch(() => undefined)
  },
  async checkAuth() {
    await readMe()
  },
  async checkError(error: unknown) {
    // 401: the session is gone, so sign in again.
    if (statusOf(error) === 401) {
      me = null
      throw error
    }
    // 403 from one resource: signed in, but this role may not see it; keep the session.
    // (No redirectTo: react-admin 5.15 calls startsWith on any value that is not null or undefined.)
    if (statusOf(error) === 403) throw { logoutUser: false, message: "doorstep.errors.FORBIDDEN" }
  },
  async getIdentity() {
    const user = await readMe()
    return { id: user.id, fullName: displayName(user.first_name, user.last_name) || user.email }
  },
  async getPermissions(): Promise<Staff> {
    return currentStaff().catch(() => NOBODY)
  },
}
