import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The part of knex's connection pool (tarn) this loader sets. */
interface SharedKnex {
  client?: { pool?: { propagateCreateError: boolean } }
}

/**
 * Medusa builds the shared pool with `propagateCreateError: false`, so that its
 * start-up can retry a database that is not up yet. Once commerce runs, that
 * makes every request wait for knex's acquire timeout (60 s) while PostgreSQL
 * is away, retrying connections it cannot make. Turned back on, a refused
 * connection fails the request that waited for it at once (a 503
 * `DATABASE_UNAVAILABLE`, api/database-unavailable.ts), and the pool still
 * connects again by itself when the server is back.
 */
export default async function failFastWithoutDatabase({ container }: LoaderOptions): Promise<void> {
  const knex = container.resolve<SharedKnex>(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true })
  if (knex?.client?.pool) knex.client.pool.propagateCreateError = true
}
