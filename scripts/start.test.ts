import { spawnSync } from "node:child_process"
import net from "node:net"
import path from "node:path"

/** `npm start` with bad configuration: one clear line, exit code 1, nothing started. */
const ROOT = path.resolve(__dirname, "..")

function freePorts(count: number): Promise<number[]> {
  return Promise.all(
    Array.from({ length: count }, () => new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as net.AddressInfo
        server.close(() => resolve(port))
      })
    })),
  )
}

async function start(env: NodeJS.ProcessEnv) {
  // Every port free, the simulators' too, so a demo running on this machine does not get in the way.
  const [cms, commerce, admin, storefront, postgres, wechatpay, alipay] = await freePorts(7)
  // The README's own command, so that what it loads before anything is built is loaded here too.
  const result = spawnSync("npm", ["start", "--silent"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CMS_PORT: String(cms),
      COMMERCE_PORT: String(commerce),
      ADMIN_PORT: String(admin),
      STOREFRONT_PORT: String(storefront),
      POSTGRES_PORT: String(postgres),
      WECHATPAY_SIMULATOR_PORT: String(wechatpay),
      ALIPAY_SIMULATOR_PORT: String(alipay),
      ...env,
    },
    encoding: "utf8",
    timeout: 60_000,
  })
  const errorLines = result.stderr.split("\n").filter((line) => line.trim() !== "")
  return { status: result.status, errorLines, stdout: result.stdout }
}

describe("npm start with bad configuration", () => {
  it("names an unreachable DATABASE_URL with its password masked", async () => {
    const { status, errorLines } = await start({ DATABASE_URL: "postgres://doorstep:s3cret-pw@127.0.0.1:1/doorstep" })
    expect(status).toBe(1)
    expect(errorLines).toEqual([
      "✖ Cannot reach PostgreSQL at postgres://doorstep:****@127.0.0.1:1/doorstep (ECONNREFUSED). Check DATABASE_URL.",
    ])
  })

  it("names the port in use and the variable that moves it", async () => {
    const blocker = net.createServer()
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as net.AddressInfo).port)),
    )
    try {
      const { status, errorLines } = await start({ COMMERCE_PORT: String(port), DATABASE_URL: "postgres://x@127.0.0.1:1/x" })
      expect(status).toBe(1)
      expect(errorLines).toEqual([
        `✖ Port ${port} (commerce (Medusa)) is already in use. Stop what uses it, or set COMMERCE_PORT to another port.`,
      ])
    } finally {
      blocker.close()
    }
  })

  it("refuses to generate secrets in production", async () => {
    const { status, errorLines } = await start({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x@127.0.0.1:1/x",
      COMMERCE_JWT_SECRET: "set",
    })
    expect(status).toBe(1)
    expect(errorLines).toHaveLength(1)
    expect(errorLines[0]).toMatch(/^✖ Missing required secret COMMERCE_COOKIE_SECRET, VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, CMS_APP_KEYS, .*CMS_ENCRYPTION_KEY \(production mode never generates secrets\)\.$/)
  })

  it("rejects a malformed port", async () => {
    const { status, errorLines } = await start({ STOREFRONT_PORT: "80a" })
    expect(status).toBe(1)
    expect(errorLines).toEqual(["✖ STOREFRONT_PORT=80a is not a port number (1–65535)."])
  })
})
