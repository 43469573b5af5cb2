import type { Answer } from "../api"
import { unlessDown } from "../backend"
import { proToken } from "./session"

/** What a portal action answers: done (with what the form shows next), or refused by its code. */
export type ActionResult<T = unknown> = ({ ok: true } & T) | { ok: false; code: string }

/**
 * A server action's work as the beautician signed in on this device:
 * `UNAUTHORIZED` without a session, `UNAVAILABLE` when commerce cannot answer.
 */
export function asBeautician<T extends { ok: boolean }>(work: (token: string) => Promise<T>): Promise<T | { ok: false; code: string }> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    return await work(token)
  })
}

/** An answer as an action's result: its data picked by `pick`, or its code. */
export function resultOf<D, T>(got: Answer<D>, pick: (data: D) => T): ActionResult<T> {
  return got.ok ? { ok: true, ...pick(got.data) } : { ok: false, code: got.code }
}
