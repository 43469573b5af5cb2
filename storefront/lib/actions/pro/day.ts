"use server"

import { unlessDown } from "../../backend"
import { acceptOffer, declineOffer, stepJob, subscribePush, unsubscribePush, vapidKey, type JobStep, type ProJob, type PushSubscriptionJson } from "../../pro/day"
import { proToken } from "../../pro/session"

type Result<T = unknown> = ({ ok: true } & T) | { ok: false; code: string }
const SIGNED_OUT = { ok: false as const, code: "UNAUTHORIZED" }

/** Takes the offered job; its appointment id leads to the job's page. */
export async function takeOffer(id: string): Promise<Result<{ appointmentId: string }>> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return SIGNED_OUT
    const got = await acceptOffer(token, id)
    return got.ok ? { ok: true as const, appointmentId: got.data.offer.appointment_id } : { ok: false as const, code: got.code }
  })
}

export async function passOnOffer(id: string, reason: string): Promise<Result> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return SIGNED_OUT
    const got = await declineOffer(token, id, reason)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}

/** One step of a job (on the way, arrived, started, completed with its record, no-show). */
export async function takeStep(id: string, step: JobStep): Promise<Result<{ job: ProJob }>> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return SIGNED_OUT
    const got = await stepJob(token, id, step)
    return got.ok ? { ok: true as const, job: got.data.job } : { ok: false as const, code: got.code }
  })
}

/** The server's VAPID public key, or null when push is not set up there. */
export async function pushKey(): Promise<Result<{ key: string | null }>> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return SIGNED_OUT
    const got = await vapidKey(token)
    return got.ok ? { ok: true as const, key: got.data.public_key } : { ok: false as const, code: got.code }
  })
}

export async function savePushSubscription(subscription: PushSubscriptionJson): Promise<Result> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return SIGNED_OUT
    const got = await subscribePush(token, subscription)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}

/** Stops waking this browser; a signed-out device has nothing to remove. */
export async function forgetPushSubscription(endpoint: string): Promise<Result> {
  return unlessDown(async () => {
    const token = await proToken()
    if (!token) return { ok: true as const }
    const got = await unsubscribePush(token, endpoint)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}
