import Medusa from "@medusajs/js-sdk"

/** The commerce API, signed in as a back-office user with a JWT kept in localStorage. */
export const medusa = new Medusa({
  baseUrl: import.meta.env.VITE_MEDUSA_URL ?? "http://localhost:9000",
  auth: { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: "doorstep_admin_jwt" },
})
