import type { ContentOptions } from "../../modules/content/service"
import { chooseSearchEngine, meilisearchConfig } from "./engine"
import type { SearchEngine } from "./port"
import type { Sql } from "./postgres"

/** The innermost reason an error carries (a refused connection, a refused key), for a one-line message. */
export function reasonOf(error: unknown): string {
  const reasons: string[] = []
  for (let cause: any = error; cause && reasons.length < 5; cause = cause.cause) {
    const reason = cause.code && typeof cause.code === "string" ? cause.code : cause.message
    if (reason && !reasons.includes(reason)) reasons.push(reason)
  }
  return reasons.slice(-2).join(": ") || String(error)
}

/**
 * The engine commerce searches with, ready: chosen once (lib/search/engine.ts)
 * and, for Meilisearch, checked and given its settings. A configured
 * Meilisearch that does not answer (down, wrong host, a refused key) stops
 * commerce at start with one line saying where and why, rather than every
 * search failing later. PostgreSQL needs nothing here: its settings are
 * migrations.
 */
export async function startSearch(db: Sql, options: ContentOptions | undefined, env: NodeJS.ProcessEnv): Promise<SearchEngine> {
  const engine = chooseSearchEngine(db, options, env)
  if (engine.name === "postgres") return engine
  try {
    await engine.start()
  } catch (error) {
    const { host } = meilisearchConfig(options, env)!
    throw new Error(`Search: Meilisearch at ${host} (MEILISEARCH_HOST) did not answer or refused its settings: ${reasonOf(error)}. Start it, or unset MEILISEARCH_HOST to search with PostgreSQL.`)
  }
  return engine
}
