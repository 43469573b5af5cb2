import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { referencePage } from "../../lib/api-reference"

/** GET /docs — the API reference, readable in a browser. */
export function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.type("html").send(referencePage())
}
