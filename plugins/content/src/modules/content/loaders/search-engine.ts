import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import { SEARCH_ENGINE_REGISTRATION } from "../../../lib/search/engine"
import type { Sql } from "../../../lib/search/postgres"
import { startSearch } from "../../../lib/search/start"
import type { ContentOptions } from "../service"

/**
 * Makes the search engine once, before commerce serves: Meilisearch checked
 * and given its settings (versioned in lib/search/settings.ts), or
 * PostgreSQL; then hands that very engine, and its one client, to the
 * module's service through the module's container.
 */
export default async function searchEngine({ container, options }: LoaderOptions<ContentOptions>): Promise<void> {
  const engine = await startSearch(container.resolve<Sql>(ContainerRegistrationKeys.PG_CONNECTION), options, process.env)
  container.register(SEARCH_ENGINE_REGISTRATION, asValue(engine))
}
