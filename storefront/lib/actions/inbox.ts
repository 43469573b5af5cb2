"use server"

import { unlessDown } from "../backend"
import { markNoticeRead, saveNoticePreferences, type NoticePreferences } from "../inbox"
import { sessionToken } from "../session"

type Result<T = unknown> = ({ ok: true } & T) | { ok: false; code: string }

export async function markRead(id: string): Promise<Result> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await markNoticeRead(token, id)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}

export async function savePreferences(change: Partial<NoticePreferences>): Promise<Result<{ preferences: NoticePreferences }>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await saveNoticePreferences(token, change)
    return got.ok ? { ok: true as const, preferences: got.data.preferences } : { ok: false as const, code: got.code }
  })
}
