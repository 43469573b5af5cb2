"use server"

import { unlessDown } from "../../backend"
import { renewCalendarFeed, sendProfileChange, type ProfileChange } from "../../pro/profile"
import { proToken } from "../../pro/session"

type Result<T = unknown> = ({ ok: true } & T) | { ok: false; code: string; field?: string }

/** The beautician sends their profile change for review. */
export async function saveProProfile(change: ProfileChange): Promise<Result> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const sent = await sendProfileChange(token, change)
    return sent.ok ? { ok: true as const } : { ok: false as const, code: sent.code, ...(sent.field ? { field: sent.field } : {}) }
  })
}

/** A new calendar feed address; the old one stops working. */
export async function renewProCalendarFeed(): Promise<Result<{ url: string }>> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const renewed = await renewCalendarFeed(token)
    return renewed.ok ? { ok: true as const, url: renewed.data.url } : { ok: false as const, code: renewed.code }
  })
}
