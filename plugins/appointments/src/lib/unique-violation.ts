import { MedusaError } from "@medusajs/framework/utils"

/** A write that met a unique index (a second one of something there may be only one of), as PostgreSQL or Medusa reports it. */
export const isUniqueViolation = (error: unknown) =>
  (error instanceof MedusaError && error.type === MedusaError.Types.DUPLICATE_ERROR) || (error as { code?: string } | null)?.code === "23505"
