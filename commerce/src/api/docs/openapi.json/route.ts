import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openApiDocument } from "../../../lib/api-reference"

/** GET /docs/openapi.json — the OpenAPI 3.1 document of our routes, for tools and client generators. */
export function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.type("application/json").setHeader("Access-Control-Allow-Origin", "*")
  res.send(openApiDocument())
}
