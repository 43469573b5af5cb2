"use server"

import { answer, medusa, pro } from "../../api"
import { unlessDown } from "../../backend"
import type { ApplicationInput } from "../../pro/application"
import { currentBeautician, proToken, startProSession } from "../../pro/session"

type Result = { ok: true } | { ok: false; code: string; field?: string }

/** Hands in the application with the signed-in phone; a refusal keeps its `code` and the `field` to fix. */
export async function submitApplication(body: ApplicationInput): Promise<Result> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const sent = await answer("/pro/application", pro(token).POST("/pro/application", { body }))
    return sent.ok ? { ok: true as const } : { ok: false as const, code: sent.code, ...(sent.field ? { field: sent.field } : {}) }
  })
}

/**
 * Once approved: the sign-in made before applying does not name the
 * beautician yet, so trade it for one that does, and the portal opens.
 */
export async function enterPortal(): Promise<Result> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const renewed = await medusa<{ token: string }>("/auth/token/refresh", { method: "POST", token })
    if (!renewed.ok) return { ok: false as const, code: renewed.code }
    if (!(await currentBeautician(renewed.data.token))) return { ok: false as const, code: "NOT_A_BEAUTICIAN" }
    await startProSession(renewed.data.token)
    return { ok: true as const }
  })
}
