// Medusa's own migration, under its own name: a database made with `locking-postgres` has it already, a new one gets it.
export { Migration20241009222919_InitialSetupMigration } from "@medusajs/locking-postgres/dist/migrations/Migration20241009222919_InitialSetupMigration"
