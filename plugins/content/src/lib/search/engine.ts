import type { ContentOptions } from "../../modules/content/service"
import { MeilisearchSearch } from "./meilisearch"
import type { SearchEngine } from "./port"
import { PostgresSearch, type Sql } from "./postgres"

/** Where the content module's loader puts the engine it made, for the module's service: one engine, one client, per process. */
export const SEARCH_ENGINE_REGISTRATION = "searchEngine"

/** Where Meilisearch is, when it is configured: the plugin's options first, then MEILISEARCH_HOST and MEILISEARCH_API_KEY. */
export function meilisearchConfig(options: ContentOptions | undefined, env: NodeJS.ProcessEnv): { host: string; apiKey?: string } | null {
  const host = options?.meilisearchHost || env.MEILISEARCH_HOST
  return host ? { host, apiKey: options?.meilisearchApiKey || env.MEILISEARCH_API_KEY || undefined } : null
}

/** Meilisearch when configured, PostgreSQL otherwise: decided once, when commerce starts. */
export function chooseSearchEngine(db: Sql, options: ContentOptions | undefined, env: NodeJS.ProcessEnv): SearchEngine {
  const meilisearch = meilisearchConfig(options, env)
  return meilisearch ? new MeilisearchSearch(meilisearch.host, meilisearch.apiKey) : new PostgresSearch(db)
}
