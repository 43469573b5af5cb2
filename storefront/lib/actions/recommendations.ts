"use server"

import { unlessDown } from "../backend"
import { clearHistory, consentToHistory, markFavourite, recordView } from "../recommendations"
import { sessionToken } from "../session"

type Result<T = unknown> = ({ ok: true } & T) | { ok: false; code: string }

/** Runs `work` with the session's token; no session is `UNAUTHORIZED`. */
async function asCustomer<T>(work: (token: string) => Promise<Result<T>>): Promise<Result<T>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    return work(token)
  })
}

/** Makes the beautician a favourite (or no longer one); both are idempotent. */
export async function setFavourite(beauticianId: string, favourite: boolean): Promise<Result> {
  return asCustomer(async (token) => {
    const got = await markFavourite(token, beauticianId, favourite)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}

/** Turns the viewing history on or off; off also clears it (commerce does both at once). */
export async function setHistoryConsent(consent: boolean): Promise<Result<{ consent: boolean }>> {
  return asCustomer(async (token) => {
    const got = await consentToHistory(token, consent)
    return got.ok ? { ok: true as const, consent: got.data.consent } : { ok: false as const, code: got.code }
  })
}

export async function clearViewingHistory(): Promise<Result<{ cleared: number }>> {
  return asCustomer(async (token) => {
    const got = await clearHistory(token)
    return got.ok ? { ok: true as const, cleared: got.data.cleared } : { ok: false as const, code: got.code }
  })
}

/**
 * Notes that the signed-in customer opened a service's page. Commerce keeps
 * it only with their consent (`recorded: false` otherwise); a guest records
 * nothing.
 */
export async function recordServiceView(productId: string): Promise<Result<{ recorded: boolean }>> {
  return asCustomer(async (token) => {
    const got = await recordView(token, productId)
    return got.ok ? { ok: true as const, recorded: got.data.recorded } : { ok: false as const, code: got.code }
  })
}
