"use server"

import { availability, holdSlot, saveAddress, type Slot, type VisitAddress } from "../booking"
import { unlessDown } from "../backend"
import { listBeauticiansNear } from "../doorstep"
import { sessionToken } from "../session"

export type SlotsResult = { ok: true; slots: Slot[]; timezone: string } | { ok: false; code: string }

/** The starts on `date` (and `days` after) for a service at a place, for the booking page's slot list. */
export async function findSlots(query: { variantId: string; place: VisitAddress; date: string; days?: number; beauticianId?: string }): Promise<SlotsResult> {
  return unlessDown(async () => {
    const got = await availability({ ...query, lat: query.place.lat, lng: query.place.lng, district: query.place.district })
    return got.ok ? { ok: true as const, slots: got.data.slots, timezone: got.data.timezone } : { ok: false as const, code: got.code }
  })
}

export type HoldResult = { ok: true; appointmentId: string } | { ok: false; code: string }

/**
 * Holds the chosen start for the signed-in customer (`UNAUTHORIZED` when nobody
 * is: the page asks them to sign in, then holds again), and keeps a new address
 * on their account when they asked to.
 */
export async function holdTime(input: { variantId: string; start: string; address: VisitAddress; beauticianId?: string; keepAddress: boolean }): Promise<HoldResult> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const held = await holdSlot(token, {
      variant_id: input.variantId,
      start: input.start,
      address: input.address,
      ...(input.beauticianId ? { beautician_id: input.beauticianId } : {}),
    })
    if (!held.ok) return { ok: false as const, code: held.code }
    if (input.keepAddress) await saveAddress(token, input.address)
    return { ok: true as const, appointmentId: held.data.appointment.id }
  })
}

/** Whether anyone near the place performs the service: if nobody does, the page says so instead of showing empty days. */
export async function anyoneNearby(productId: string, place: VisitAddress): Promise<{ ok: true; count: number } | { ok: false; code: string }> {
  return unlessDown(async () => ({ ok: true as const, count: (await listBeauticiansNear(place, { productId, limit: 1 })).length }))
}
