/**
 * The search port's contract, run against each engine with the same cases
 * (helpers/search-contract.ts): PostgreSQL always, on a database of its own
 * migrated as commerce's is; Meilisearch when MEILISEARCH_HOST points at one
 * (docs/content.md says how to start one), on an index of its own.
 */
import crypto from "node:crypto"
import { knex, type Knex } from "@medusajs/framework/mikro-orm/knex"
import { MeilisearchSearch } from "@doorstep/content/lib/search/meilisearch"
import { PostgresSearch } from "@doorstep/content/lib/search/postgres"
import { contentSchemaSql } from "@doorstep/content/lib/search/schema"
import { searchContract } from "../helpers/search-contract"

jest.setTimeout(60_000)

const serverUrl = (database: string) =>
  `postgres://${encodeURIComponent(process.env.DB_USERNAME ?? "postgres")}:${encodeURIComponent(process.env.DB_PASSWORD ?? "")}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${database}`

describe("search contract: PostgreSQL", () => {
  const database = `search_contract_${crypto.randomBytes(4).toString("hex")}`
  let admin: Knex
  let db: Knex
  searchContract({
    async open() {
      admin = knex({ client: "pg", connection: serverUrl("postgres") })
      await admin.raw(`create database "${database}"`)
      db = knex({ client: "pg", connection: serverUrl(database) })
      for (const sql of await contentSchemaSql()) await db.raw(sql)
      return new PostgresSearch(db)
    },
    async close() {
      await db?.destroy()
      await admin?.raw(`drop database if exists "${database}"`)
      await admin?.destroy()
    },
  })
})

const meilisearchHost = process.env.MEILISEARCH_HOST
if (meilisearchHost) {
  describe(`search contract: Meilisearch at ${meilisearchHost}`, () => {
    const uid = `doorstep_contract_${crypto.randomBytes(4).toString("hex")}`
    let engine: MeilisearchSearch
    searchContract({
      async open() {
        engine = new MeilisearchSearch(meilisearchHost, process.env.MEILISEARCH_API_KEY, uid)
        return engine
      },
      async close() {
        await engine?.drop()
      },
    })
  })
} else {
  // Skipped, not passed: jest counts these as skipped, and the line says why.
  console.warn("search contract: Meilisearch NOT RUN — MEILISEARCH_HOST is not set (docs/content.md: how to start one)")
  describe.skip("search contract: Meilisearch (MEILISEARCH_HOST not set)", () => {
    searchContract({ open: () => Promise.reject(new Error("not run")), close: async () => {} })
  })
}
