import { Client } from "pg"
import { setting } from "../../../scripts/lib/browser-tab"

/** One statement on the journeys' commerce database: what a journey sets up that no page or route makes. */
export async function sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const db = new Client({ connectionString: setting("JOURNEY_DATABASE_URL") })
  await db.connect()
  try {
    return (await db.query(text, values)).rows as T[]
  } finally {
    await db.end()
  }
}
