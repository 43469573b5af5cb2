"use server"

import { redirect } from "next/navigation"
import { bindPhone, deleteAccount, deleteAddress, updateProfile } from "../account"
import { unlessDown } from "../backend"
import { localePath, type Locale } from "../locale"
import { endSession, sessionToken } from "../session"

type Result<T = unknown> = ({ ok: true } & T) | { ok: false; code: string; field?: string; upcoming?: number }

export async function saveProfile(profile: { first_name: string; last_name: string }): Promise<Result> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await updateProfile(token, { first_name: profile.first_name.trim(), last_name: profile.last_name.trim() })
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}

/** Adds a phone proved by the code just texted to it (`requestPhoneCode` sends it). */
export async function addPhone(phone: string, code: string): Promise<Result<{ phone: string }>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await bindPhone(token, phone, code)
    if (!got.ok) return { ok: false as const, code: got.code, ...(got.field ? { field: got.field } : {}) }
    return { ok: true as const, phone: got.data.phone }
  })
}

export async function removeAddress(id: string): Promise<Result> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await deleteAddress(token, id)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}

/** Deletes the account for good and ends the session; upcoming visits block it (their count comes back). */
export async function closeAccount(): Promise<Result> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await deleteAccount(token)
    if (!got.ok) {
      const listed = got.details.appointments
      return { ok: false as const, code: got.code, ...(Array.isArray(listed) ? { upcoming: listed.length } : {}) }
    }
    await endSession()
    return { ok: true as const }
  })
}


/** Signs out and goes to the home page (a plain form post: it works before the page's script has loaded). */
export async function signOutTo(locale: Locale): Promise<never> {
  await endSession()
  redirect(localePath(locale))
}
