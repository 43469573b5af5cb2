/**
 * `npm run bench:search` — the store's search on PostgreSQL (the engine
 * commerce uses without MEILISEARCH_HOST) over a synthetic catalogue, beside a
 * plain `ILIKE` scan of the same rows without an index, in the same run on a
 * throwaway embedded PostgreSQL. Reports p50/p95 per query kind and overall;
 * the target is p95 ≤ 20 ms for the port's PostgreSQL search.
 *
 * Exits 1 when something is broken (setup fails, a query errors or finds
 * nothing it must find), never for a missed target.
 *
 *   BENCH_SEARCH_SERVICES=20000    services (each in zh-CN and en)
 *   BENCH_SEARCH_BEAUTICIANS=10000 beauticians (each in zh-CN and en)
 *   BENCH_SEARCH_QUERIES=200       queries, each timed once after a warm-up pass
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { knex } from "@medusajs/framework/mikro-orm/knex"
import type { SearchRequest } from "@doorstep/content/lib/search/port"
import { PostgresSearch } from "@doorstep/content/lib/search/postgres"
import { contentSchemaSql } from "@doorstep/content/lib/search/schema"
import { embeddedServer } from "../scripts/lib/database"
import { SetupError } from "../scripts/lib/errors"
import { onExit, runMain } from "../scripts/lib/main"
import { freePort } from "../scripts/lib/ports"
import { step } from "../scripts/lib/progress"
import { catalogue, queries } from "./search-catalogue"

const TARGET_P95_MS = 20

function settings(env: NodeJS.ProcessEnv) {
  const positive = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback)
    if (!(Number.isInteger(value) && value > 0)) throw new SetupError(`${name}=${env[name]} is not a positive whole number.`)
    return value
  }
  return { services: positive("BENCH_SEARCH_SERVICES", 20000), beauticians: positive("BENCH_SEARCH_BEAUTICIANS", 10000), queries: positive("BENCH_SEARCH_QUERIES", 200) }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const kindOf = (request: SearchRequest) =>
  request.sort === "distance" ? "beauticians by distance, page 2" : request.filters?.district ? "beauticians by district + rating" : request.filters ? "services ≤ ¥300 by price + facet" : request.facets ? "all types + facets" : "all types, relevance"

runMain(async () => {
  const bench = settings(process.env)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-bench-search-"))
  fs.chmodSync(dir, 0o755)
  onExit(async () => fs.rmSync(dir, { recursive: true, force: true }))
  const server = await step("Starting a throwaway PostgreSQL", async () =>
    embeddedServer({ dataDir: path.join(dir, "pg"), port: await freePort(), throwaway: true, logFile: path.join(dir, "pg.log") }),
  )
  onExit(() => server.stop())
  await server.ensureDatabase("bench_search")
  const db = knex({ client: "pg", connection: server.urlFor("bench_search"), pool: { min: 1, max: 4 } })
  onExit(() => db.destroy())
  for (const sql of await contentSchemaSql()) await db.raw(sql)

  const documents = catalogue(bench.services, bench.beauticians)
  const engine = new PostgresSearch(db)
  await step(`Indexing ${bench.services.toLocaleString()} services and ${bench.beauticians.toLocaleString()} beauticians (${documents.length.toLocaleString()} documents, both languages)`, async () => {
    for (let at = 0; at < documents.length; at += 2000) {
      const batch = documents.slice(at, at + 2000).map((d) => ({ ...d, model: d.type === "service" ? "service-content" : "beautician-profile", published_at: new Date().toISOString() }))
      await db.raw(
        `insert into "content_entry" ("id", "model", "document_id", "locale", "ref", "merchant_handle", "title", "text", "data", "attributes", "published_at")
         select 'cnt_' || md5(r.model || r.document_id || r.locale), r.model, r.document_id, r.locale, r.ref, r.merchant_handle, r.title, r.text, r.data, r.attributes, r.published_at
           from jsonb_to_recordset(?::jsonb) as r("model" text, "document_id" text, "locale" text, "ref" text, "merchant_handle" text, "title" text, "text" text, "data" jsonb, "attributes" jsonb, "published_at" timestamptz)`,
        [JSON.stringify(batch)],
      )
    }
    // The baseline: the same rows with no index at all, searched by a plain ILIKE.
    await db.raw(`create table "content_plain" as select * from "content_entry"`)
    await db.raw(`vacuum analyze "content_entry"`)
    await db.raw(`vacuum analyze "content_plain"`)
  })

  const requests = queries(bench.queries)
  const problems: string[] = []
  const plain = (request: SearchRequest) =>
    db.raw(
      `select "model", "document_id", "title" from "content_plain" where "locale" = ? and "model" = any(?) and ("title" || ' ' || "text") ilike ? order by "title" limit ? offset ?`,
      [request.locale, request.types.map((t) => ({ service: "service-content", beautician: "beautician-profile", article: "article" })[t]), `%${request.q}%`, request.limit, request.offset ?? 0],
    )
  const time = async (run: () => Promise<unknown>) => {
    const started = process.hrtime.bigint()
    await run()
    return Number(process.hrtime.bigint() - started) / 1e6
  }
  const port: Record<string, number[]> = {}
  const slowest: Array<{ ms: number; request: SearchRequest }> = []
  const scan: Record<string, number[]> = {}
  await step(`Running ${requests.length} queries on each (a warm-up pass first)`, async () => {
    for (const request of requests) await Promise.all([engine.search(request), plain(request)])
    for (const request of requests) {
      const kind = kindOf(request)
      ;(port[kind] ??= []).push(await time(() => engine.search(request)))
      slowest.push({ ms: port[kind][port[kind].length - 1], request })
      ;(scan[kind] ??= []).push(await time(() => plain(request)))
    }
    // What must be found is found: a part of a word, a synonym, a typo.
    for (const [q, locale, expected] of [["美甲", "zh-CN", "美甲"], ["按摩", "zh-CN", "推拿"], ["masage", "en", "Massage"]] as const) {
      const found = await engine.search({ q, locale, types: ["service"], limit: 5000 })
      if (!found.hits.some((hit) => hit.title.includes(expected))) problems.push(`"${q}" found nothing titled with ${expected}`)
    }
  })

  const row = (kind: string, a: number[], b: number[]) => {
    const [x, y] = [[...a].sort((m, n) => m - n), [...b].sort((m, n) => m - n)]
    const cells = [percentile(x, 50), percentile(x, 95), percentile(y, 50), percentile(y, 95)].map((ms) => ms.toFixed(1).padStart(8))
    return `| ${kind.padEnd(34)} | ${String(a.length).padStart(3)} | ${cells.join(" | ")} | ${(percentile(y, 95) / percentile(x, 95)).toFixed(1).padStart(5)}× |`
  }
  const all = (times: Record<string, number[]>) => Object.values(times).flat()
  const p95 = percentile([...all(port)].sort((a, b) => a - b), 95)
  process.stdout.write(
    [
      "",
      `Search on PostgreSQL: ${bench.services.toLocaleString()} services, ${bench.beauticians.toLocaleString()} beauticians (${documents.length.toLocaleString()} documents in zh-CN and en), ${requests.length} queries, ms`,
      "",
      `| ${"query".padEnd(34)} |   n | port p50 | port p95 | ILIKE p50 | ILIKE p95 | scan/port p95 |`,
      `|${"-".repeat(36)}|-----|----------|----------|-----------|-----------|---------------|`,
      ...Object.keys(port).sort().map((kind) => row(kind, port[kind], scan[kind])),
      row("all", all(port), all(scan)),
      "",
      `Slowest on the port: ${slowest
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map(({ ms, request }) => `"${request.q}" (${request.locale}, ${kindOf(request)}) ${ms.toFixed(1)} ms`)
        .join("; ")}`,
      `Port p95 ${p95.toFixed(1)} ms: ${p95 <= TARGET_P95_MS ? "within" : "OVER"} the ${TARGET_P95_MS} ms target. (The ILIKE scan has no synonyms, typos, filters, facets or sorts: a floor for a naive search, not the same work.)`,
      "",
    ].join("\n"),
  )
  if (problems.length === 0) return 0
  process.stderr.write(`\n✖ Broken, not merely slow:\n${problems.map((p) => `  ${p}`).join("\n")}\n`)
  return 1
})
