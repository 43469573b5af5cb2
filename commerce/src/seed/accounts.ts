import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { AccountsSeed } from "./demo-data"

async function registerEmailPassword(container: MedusaContainer, email: string, password: string): Promise<string> {
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`Could not register ${email}: ${error}`)
  return authIdentity.id
}

/** A back-office login. */
export interface StaffLogin {
  email: string
  password: string
  first_name: string
  last_name: string
  role: "platform_admin" | "merchant_manager" | "merchant_staff" | "support_agent"
  merchant_handle?: string
}

/**
 * A back-office user with an email + password login and its role; one that exists
 * keeps its password and gets the role (a database seeded before roles existed).
 */
export async function ensureStaffUser(container: MedusaContainer, login: StaffLogin): Promise<"created" | "existed"> {
  const userModule = container.resolve(Modules.USER)
  const metadata = { role: login.role, ...(login.merchant_handle ? { merchant_handle: login.merchant_handle } : {}) }
  const [existing] = await userModule.listUsers({ email: login.email })
  if (existing) {
    if (existing.metadata?.role !== login.role) await userModule.updateUsers({ id: existing.id, metadata: { ...existing.metadata, ...metadata } })
    return "existed"
  }
  const authIdentityId = await registerEmailPassword(container, login.email, login.password)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId, userData: { email: login.email, first_name: login.first_name, last_name: login.last_name, metadata } },
  })
  return "created"
}

/** The demo back office (the platform's admin, a studio's manager and front desk, support) and the demo customer, each with an email + password login. */
export async function ensureDemoAccounts(container: MedusaContainer, accounts: AccountsSeed): Promise<void> {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const admin = accounts.commerce_admin
  await ensureStaffUser(container, { ...admin, first_name: "Doorstep", last_name: "Admin", role: "platform_admin" })
  for (const member of accounts.staff) await ensureStaffUser(container, member)

  const customer = accounts.customer
  if ((await customerModule.listCustomers({ email: customer.email, has_account: true })).length === 0) {
    const authIdentityId = await registerEmailPassword(container, customer.email, customer.password)
    await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId,
        customerData: {
          email: customer.email,
          first_name: customer.first_name,
          last_name: customer.last_name,
          phone: customer.phone,
        },
      },
    })
  }
}
