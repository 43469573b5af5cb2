import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { categoryId, listStudioServices, serviceProductInput, storefrontChannelId, studioService, serializeService } from "../../../../../lib/studio-services"
import { createStudioServiceWorkflow } from "../../../../../workflows/create-studio-service"
import { merchantOfRoute } from "../../merchants"
import type { StudioServiceBody } from "../../validators"

/** GET /admin/merchants/:handle/services — the studio's own services (published or not), newest first. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  res.json({ services: await listStudioServices(req.scope, merchant.handle) })
})

/**
 * POST /admin/merchants/:handle/services — the studio's manager adds a service
 * of their own: a Medusa product in a catalogue category with one variant per
 * duration (minutes, price in fen), titles in zh-CN and en, a draft unless
 * published. Customers see it while it is published and the studio approved.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<StudioServiceBody>(req)
  const merchant = await merchantOfRoute(req)
  const category = { id: await categoryId(req.scope, body.category), handle: body.category }
  const channelId = merchant.status === "approved" ? await storefrontChannelId(req.scope) : undefined
  const product = serviceProductInput(merchant.handle, body, category, channelId)
  const { result } = await createStudioServiceWorkflow(req.scope).run({ input: { merchant_id: merchant.id, product } })
  res.status(201).json({ service: serializeService(await studioService(req.scope, merchant.handle, result.id)) })
})
