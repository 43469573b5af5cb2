import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What database triggers announce on the `doorstep_live` channel when an appointment or an offer changes. */
export interface LiveEvent {
  kind: "appointment" | "offer"
  appointment_id: string
  status: string
  beautician_id: string
  /** Appointments: the beautician it was with before a move. */
  previous_beautician_id?: string | null
  customer_id?: string
  /** Offers: the offer's id. */
  id?: string
  at?: string
}

type Listener = (event: LiveEvent) => void
interface RawConnection {
  query(sql: string): Promise<unknown>
  on(event: "notification", handler: (message: { channel: string; payload?: string }) => void): void
  on(event: "error" | "end", handler: (error?: Error) => void): void
  end(): Promise<void>
}
interface KnexLike {
  client: { acquireRawConnection(): Promise<RawConnection> }
}

const CHANNEL = "doorstep_live"

/**
 * Fans out the database's change notifications to this instance's live
 * streams. One connection of its own (outside the pool) listens while anyone
 * is subscribed; every instance listens for itself, so a change made on one
 * reaches streams held by any other. Notifications arrive after commit only.
 */
export class LiveEvents {
  private readonly listeners = new Set<Listener>()
  private connection?: Promise<RawConnection>

  constructor(private readonly knex: KnexLike) {}

  /** Starts delivering events to `listener` once listening; returns how to stop. */
  async subscribe(listener: Listener): Promise<() => void> {
    this.listeners.add(listener)
    try {
      await this.listen()
    } catch (error) {
      this.listeners.delete(listener)
      throw error
    }
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) void this.close()
    }
  }

  private listen(): Promise<RawConnection> {
    this.connection ??= (async () => {
      const connection = await this.knex.client.acquireRawConnection()
      connection.on("notification", (message) => {
        if (message.channel !== CHANNEL || !message.payload) return
        let event: LiveEvent
        try {
          event = JSON.parse(message.payload) as LiveEvent
        } catch {
          return
        }
        for (const listener of this.listeners) listener(event)
      })
      const lost = () => {
        this.connection = undefined
        // Streams still open listen again on a new connection; events in between are missed, and clients reload on reconnect.
        if (this.listeners.size > 0) setTimeout(() => void this.listen().catch(() => undefined), 1000)
      }
      connection.on("error", lost)
      connection.on("end", lost)
      await connection.query(`LISTEN ${CHANNEL}`)
      return connection
    })().catch((error) => {
      this.connection = undefined
      throw error
    })
    return this.connection
  }

  private async close() {
    const connection = this.connection
    this.connection = undefined
    if (connection) await (await connection).end().catch(() => undefined)
  }
}

const hubs = new WeakMap<object, LiveEvents>()

/** This instance's hub, one per database connection pool. */
export function liveEvents(container: MedusaContainer): LiveEvents {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as KnexLike
  let hub = hubs.get(knex)
  if (!hub) hubs.set(knex, (hub = new LiveEvents(knex)))
  return hub
}

interface StreamRequest {
  scope: MedusaContainer
  on(event: "close", handler: () => void): unknown
}
interface StreamResponse {
  writeHead(status: number, headers: Record<string, string>): unknown
  write(chunk: string): unknown
  flushHeaders?(): void
}

const HEARTBEAT_MS = 25_000

/**
 * Answers with a server-sent event stream of the live events `pick` lets
 * through, shaped by it, until the client goes; a comment every 25 s keeps
 * proxies from closing an idle stream.
 */
export async function streamLiveEvents(req: StreamRequest, res: StreamResponse, pick: (event: LiveEvent) => { name: string; data: unknown } | undefined) {
  const unsubscribe = await liveEvents(req.scope).subscribe((event) => {
    const message = pick(event)
    if (message) res.write(`event: ${message.name}\ndata: ${JSON.stringify(message.data)}\n\n`)
  })
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" })
  res.write(": connected\n\n")
  res.flushHeaders?.()
  const heartbeat = setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS)
  req.on("close", () => {
    clearInterval(heartbeat)
    unsubscribe()
  })
}
