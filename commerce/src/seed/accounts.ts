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

/** The demo back office (the platform's admin, a studio's manager and front desk, support) and the demo customer, each with an email + password login. */
export async function ensureDemoAccounts(container: MedusaContainer, accounts: AccountsSeed): Promise<void> {
  const userModule = container.resolve(Modules.USER)
  const customerModule = container.resolve(Modules.CUSTOMER)

  const admin = accounts.commerce_admin
  const platformAdmin = { role: "platform_admin" }
  const [existing] = await userModule.listUsers({ email: admin.email })
  if (!existing) {
    const authIdentityId = await registerEmailPassword(container, admin.email, admin.password)
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId, userData: { email: admin.email, first_name: "Doorstep", last_name: "Admin", metadata: platformAdmin } },
    })
  } else if (existing.metadata?.role !== platformAdmin.role) {
    // A database seeded before roles existed: the demo admin becomes the platform's admin.
    await userModule.updateUsers({ id: existing.id, metadata: { ...existing.metadata, ...platformAdmin } })
  }

  for (const member of accounts.staff) {
    if ((await userModule.listUsers({ email: member.email })).length > 0) continue
    const authIdentityId = await registerEmailPassword(container, member.email, member.password)
    const metadata = { role: member.role, ...(member.merchant_handle ? { merchant_handle: member.merchant_handle } : {}) }
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId, userData: { email: member.email, first_name: member.first_name, last_name: member.last_name, metadata } },
    })
  }

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
