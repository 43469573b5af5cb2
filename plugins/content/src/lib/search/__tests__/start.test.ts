import net from "node:net"
import type { Sql } from "../postgres"
import { startSearch } from "../start"

/** A database that must not be asked anything: PostgreSQL search needs nothing at start. */
const untouched: Sql = { raw: () => Promise.reject(new Error("PostgreSQL was asked at start")) }

/** A loopback port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe("choosing the search engine at start", () => {
  it("searches with PostgreSQL when no Meilisearch is configured", async () => {
    expect((await startSearch(untouched, {}, {})).name).toBe("postgres")
  })

  it("stops commerce with one line naming the host and the reason when Meilisearch does not answer", async () => {
    const host = `http://127.0.0.1:${await closedPort()}`
    const failure = startSearch(untouched, {}, { MEILISEARCH_HOST: host, MEILISEARCH_API_KEY: "key" })
    await expect(failure).rejects.toThrow(`Meilisearch at ${host}`)
    await expect(failure).rejects.toThrow(/ECONNREFUSED/)
    expect(((await failure.catch((error: Error) => error)) as Error).message).not.toContain("\n")
  })

  it("takes the plugin's options before the environment", async () => {
    const host = `http://127.0.0.1:${await closedPort()}`
    await expect(startSearch(untouched, { meilisearchHost: host }, { MEILISEARCH_HOST: "http://127.0.0.1:1" })).rejects.toThrow(`Meilisearch at ${host}`)
  })
})
