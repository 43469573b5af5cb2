import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoStore, writeSeedOutput } from "../seed"

/** `npm run seed -w commerce`: the store from scripts/seed/data, idempotently; demo studios and people only outside production. */
export default async function seed({ container }: ExecArgs) {
  const setup = await seedDemoStore(container, undefined, { demo: process.env.NODE_ENV !== "production" })
  if (process.env.DOORSTEP_SEED_OUTPUT) await writeSeedOutput(container, process.env.DOORSTEP_SEED_OUTPUT, setup)
}
