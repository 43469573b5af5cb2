import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { referencePagePolicy, referencePage } from "../../lib/api-reference"

/** GET /docs — the API reference, readable in a browser. */
export function GET(_req: MedusaRequest, res: MedusaResponse) {
  // Replaces the API's "nothing may run" policy: this page runs Swagger UI from this server.
  res.setHeader("Content-Security-Policy", referencePagePolicy())
  res.type("html").send(referencePage())
}
