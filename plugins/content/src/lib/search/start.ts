import type { ContentOptions } from "../../modules/content/service"
import { meilisearchConfig } from "./engine"
import { MeilisearchSearch } from "./meilisearch"

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
 * Commerce searches with Meilisearch only when it answers: a configured
 * Meilisearch that does not (down, wrong host, a refused key) stops commerce
 * at start with one line saying where and why, rather than every search
 * failing later. PostgreSQL needs nothing here: its settings are migrations.
 */
export async function startSearch(options: ContentOptions | undefined, env: NodeJS.ProcessEnv): Promise<"postgres" | "meilisearch"> {
  const config = meilisearchConfig(options, env)
  if (!config) return "postgres"
  try {
    await new MeilisearchSearch(config.host, config.apiKey).start()
  } catch (error) {
    throw new Error(`Search: Meilisearch at ${config.host} (MEILISEARCH_HOST) did not answer or refused its settings: ${reasonOf(error)}. Start it, or unset MEILISEARCH_HOST to search with PostgreSQL.`)
  }
  return "meilisearch"
}
