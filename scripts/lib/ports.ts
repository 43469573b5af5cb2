import net from "node:net"
import { SetupError } from "./errors"

export interface PortSetting {
  service: string
  envName: string
  port: number
}

/** Reads a port from env, falling back to the default; a malformed value is a setup error. */
export function portFromEnv(env: NodeJS.ProcessEnv, envName: string, fallback: number, service: string): PortSetting {
  const raw = env[envName]
  if (raw === undefined || raw === "") return { service, envName, port: fallback }
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new SetupError(`${envName}=${raw} is not a port number (1–65535).`)
  }
  return { service, envName, port }
}

function isFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/** Fails fast, naming the port, the service and the variable that moves it. */
export async function assertPortsFree(settings: PortSetting[]): Promise<void> {
  for (const setting of settings) {
    const free = (await isFree(setting.port, "0.0.0.0")) && (await isFree(setting.port, "127.0.0.1"))
    if (!free) {
      throw new SetupError(
        `Port ${setting.port} (${setting.service}) is already in use. Stop what uses it, or set ${setting.envName} to another port.`,
      )
    }
  }
}

/** Ports this process has handed out: nothing listens on them until their server starts, so the OS may offer one again. */
const handedOut = new Set<number>()

/** A port the OS says is free right now, for throwaway servers; never one this process handed out before. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer()
      server.once("error", reject)
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as net.AddressInfo
        server.close(() => resolve(port))
      })
    })
    if (handedOut.has(port)) continue
    handedOut.add(port)
    return port
  }
}
