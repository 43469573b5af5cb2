import Medusa from "@medusajs/js-sdk"
import { COMMERCE_URL, TOKEN_KEY } from "./api"

/** The commerce API, signed in as a back-office user with a JWT kept in localStorage (where `api` reads it). */
export const medusa = new Medusa({
  baseUrl: COMMERCE_URL,
  auth: { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: TOKEN_KEY },
})
