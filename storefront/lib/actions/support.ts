"use server"

import { unlessDown } from "../backend"
import { sessionToken } from "../session"
import { closeTicket, openTicket, writeOnTicket, type NewTicket } from "../support"

type Result<T = unknown> = ({ ok: true } & T) | { ok: false; code: string; field?: string }

/** Opens a ticket; the page then goes to its thread. */
export async function sendTicket(ticket: NewTicket): Promise<Result<{ id: string }>> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await openTicket(token, ticket)
    return got.ok ? { ok: true as const, id: got.data.ticket.id } : { ok: false as const, code: got.code, ...(got.field ? { field: got.field } : {}) }
  })
}

export async function replyOnTicket(id: string, body: string): Promise<Result> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await writeOnTicket(token, id, body)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}

export async function closeMine(id: string): Promise<Result> {
  return unlessDown(async () => {
    const token = await sessionToken()
    if (!token) return { ok: false as const, code: "UNAUTHORIZED" }
    const got = await closeTicket(token, id)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}
