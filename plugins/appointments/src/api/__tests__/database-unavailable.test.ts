import net from "node:net"
import { Client } from "pg"
import { isDatabaseUnavailable } from "../database-unavailable"

/** What node-postgres and the pool throw when PostgreSQL goes away, and errors that must stay 500s or 4xx. */
const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code })

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", withCode("ECONNREFUSED")],
    ["both loopback addresses refused (AggregateError)", Object.assign(new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")]), { code: "ECONNREFUSED" })],
    ["a session ended by a fast shutdown (57P01)", withCode("57P01", "terminating connection due to administrator command")],
    ["the server still starting (57P03)", withCode("57P03", "the database system is starting up")],
    ["a connection failure (class 08)", withCode("08006")],
    ["a pooled connection the server dropped", new Error("Connection terminated unexpectedly")],
    ["a query on a client whose connection failed", new Error("Client has encountered a connection error and is not queryable")],
    [
      "the ORM's exception for a query the shutdown cut off (knex puts the query first)",
      Object.assign(new Error(`select "a0"."id" from "api_key" as "a0" where "a0"."token" = 'pk_1' - Connection terminated unexpectedly`), { name: "DriverException", code: undefined }),
    ],
    ["the pool giving up", Object.assign(new Error("Knex: Timeout acquiring a connection. The pool is probably full."), { name: "KnexTimeoutError" })],
    ["an ORM exception wrapping a refusal", Object.assign(new Error("connect failed"), { name: "DriverException", cause: withCode("ECONNREFUSED") })],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ["a unique violation", withCode("23505")],
    ["a serialization failure", withCode("40001")],
    ["an exclusion violation (a double booking)", withCode("23P01")],
    ["a programming error", new TypeError("Cannot read properties of undefined")],
    ["a message that only mentions a connection", new Error("Connection terminated by the customer's bank")],
    ["a query error whose text mentions one", new Error(`select 'Connection terminated' - syntax error at or near "x"`)],
    ["nothing", undefined],
  ])("leaves %s alone", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it("recognises what node-postgres really throws when nothing listens", async () => {
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { port } = server.address() as net.AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const error = await new Client({ host: "127.0.0.1", port, user: "x", database: "x" }).connect().catch((e: unknown) => e)
    expect(isDatabaseUnavailable(error)).toBe(true)
  })
})
