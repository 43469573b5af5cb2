import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { demoLoginsInUse, demoLoginsRefusal } from "../../../lib/demo-logins"
import type { Sql } from "../../../lib/sign-in-code-store"
import type { AccountsOptions } from "../service"

/**
 * Production never runs with the demo's shared password: medusa-config passes
 * the demo logins only in production, and any of them that still opens with it
 * stops commerce before it serves a request.
 */
export default async function refuseDemoLogins({ container, options }: LoaderOptions<AccountsOptions>): Promise<void> {
  if (!options?.demoLogins) return
  const db = container.resolve<Sql>(ContainerRegistrationKeys.PG_CONNECTION)
  const inUse = await demoLoginsInUse(db, options.demoLogins)
  if (inUse.length > 0) throw new Error(demoLoginsRefusal(inUse))
}
