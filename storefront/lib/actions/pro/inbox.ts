"use server"

import { asBeautician, resultOf, type ActionResult } from "../../pro/acting"
import { markProNoticeRead, saveProNoticePreferences, type ProNoticePreferences } from "../../pro/inbox"

export async function markProRead(id: string): Promise<ActionResult> {
  return asBeautician(async (token) => resultOf(await markProNoticeRead(token, id), () => ({})))
}

export async function saveProPreferences(change: Partial<ProNoticePreferences>): Promise<ActionResult<{ preferences: ProNoticePreferences }>> {
  return asBeautician(async (token) => resultOf(await saveProNoticePreferences(token, change), (data) => ({ preferences: data.preferences })))
}
