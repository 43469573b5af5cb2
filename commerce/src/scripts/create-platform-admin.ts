import type { ExecArgs } from "@medusajs/framework/types"
import { ensureStaffUser } from "../seed/accounts"

/**
 * The first back-office admin of a deployment, where no demo people are seeded:
 * `DOORSTEP_ADMIN_EMAIL=… DOORSTEP_ADMIN_PASSWORD=… npm run create-platform-admin -w commerce`.
 * The password comes from env, never from the command line (shell history, `ps`).
 */
export default async function createPlatformAdmin({ container }: ExecArgs) {
  const { DOORSTEP_ADMIN_EMAIL: email, DOORSTEP_ADMIN_PASSWORD: password } = process.env
  if (!email || !password) throw new Error("Set DOORSTEP_ADMIN_EMAIL and DOORSTEP_ADMIN_PASSWORD")
  if (password.length < 12) throw new Error("DOORSTEP_ADMIN_PASSWORD must be at least 12 characters")
  const outcome = await ensureStaffUser(container, { email, password, first_name: "Platform", last_name: "Admin", role: "platform_admin" })
  process.stdout.write(outcome === "created" ? `Platform admin ${email} created.\n` : `${email} already exists; it is now a platform admin (its password is unchanged).\n`)
}
