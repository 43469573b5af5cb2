import http from "node:http"
import type { AddressInfo } from "node:net"

/** A simulator's HTTP server, listening on loopback only; resolves with its origin ("http://127.0.0.1:<port>"). */
export async function listenOnLoopback(handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>, port = 0) {
  const server = http.createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

export async function closeServer(server: http.Server | undefined): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
}

/** The request body as text, exactly as sent (signatures are over these bytes). */
export async function bodyText(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString("utf8")
}

/** A notification as a gateway would send it: where to, and the exact signed bytes. */
export interface SignedNotification {
  url: string
  headers: Record<string, string>
  body: string
}

/** Sends a notification; resolves to the merchant's answer. */
export async function deliver(notification: SignedNotification): Promise<{ status: number; text: string }> {
  const response = await fetch(notification.url, { method: "POST", headers: notification.headers, body: notification.body })
  return { status: response.status, text: await response.text() }
}
