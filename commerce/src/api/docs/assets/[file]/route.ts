import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { viewerAsset } from "../../../../lib/api-reference"

/** GET /docs/assets/:file — the viewer's own scripts and styles. */
export function GET(req: MedusaRequest, res: MedusaResponse) {
  const asset = viewerAsset(req.params.file)
  if (!asset) return void res.status(404).json({ type: "not_found", code: "NOT_FOUND", message: "No such file" })
  res.type(asset.type).setHeader("Cache-Control", "public, max-age=86400")
  res.send(asset.body)
}
