import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoStore, writeSeedOutput } from "../seed"

/** `npm run seed -w commerce`: the demo store from scripts/seed/data, idempotently. */
export default async function seed({ container }: ExecArgs) {
  const setup = await seedDemoStore(container)
  if (process.env.DOORSTEP_SEED_OUTPUT) writeSeedOutput(process.env.DOORSTEP_SEED_OUTPUT, setup)
}
