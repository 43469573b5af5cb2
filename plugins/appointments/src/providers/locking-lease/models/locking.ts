// The same `locking` table as Medusa's provider (a file of its own: Medusa reads models from every file here but index): this one only changes how an expired lease is taken.
export { Locking } from "@medusajs/locking-postgres/dist/models"
