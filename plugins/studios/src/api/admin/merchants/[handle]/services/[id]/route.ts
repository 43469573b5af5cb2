import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ProductStatus } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { fenToYuan } from "@doorstep/booking-core"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { categoryId, serializeService, studioService } from "../../../../../../lib/studio-services"
import { merchantOfRoute } from "../../../merchants"
import type { StudioServiceUpdateBody } from "../../../validators"

/** GET /admin/merchants/:handle/services/:id — one of the studio's services. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  res.json({ service: serializeService(await studioService(req.scope, merchant.handle, req.params.id)) })
})

/**
 * POST /admin/merchants/:handle/services/:id — the manager edits the service
 * (words, category), publishes or unpublishes it, or changes a duration's
 * minutes or price, through Medusa's product workflow. A variant that is not
 * the service's is 400 `UNKNOWN_VARIANT`, with nothing changed.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<StudioServiceUpdateBody>(req)
  const merchant = await merchantOfRoute(req)
  const current = await studioService(req.scope, merchant.handle, req.params.id)
  const variants = current.variants ?? []
  for (const edit of body.variants ?? []) {
    if (!variants.some((v) => v.id === edit.id)) throw new DomainError(400, "UNKNOWN_VARIANT", `这项服务没有这个时长 · No duration ${edit.id} in this service`, "variants")
  }
  const category = body.category ? { id: await categoryId(req.scope, body.category), handle: body.category } : undefined
  const meta = current.metadata ?? {}
  const update: Record<string, unknown> = {
    ...(body.title ? { title: body.title["zh-CN"] } : {}),
    ...(body.subtitle ? { subtitle: body.subtitle["zh-CN"] } : {}),
    ...(body.status ? { status: body.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT } : {}),
    ...(category ? { category_ids: [category.id] } : {}),
    metadata: { ...meta, ...(body.title ? { title_en: body.title.en } : {}), ...(body.subtitle ? { subtitle_en: body.subtitle.en } : {}), ...(category ? { category: category.handle } : {}) },
  }
  await updateProductsWorkflow(req.scope).run({ input: { selector: { id: current.id }, update } as never })
  if (body.variants) {
    const product_variants = body.variants.map((edit) => {
      const variant = variants.find((v) => v.id === edit.id)!
      return {
        id: edit.id,
        ...(edit.duration_minutes !== undefined ? { metadata: { ...(variant.metadata ?? {}), duration_minutes: edit.duration_minutes } } : {}),
        ...(edit.price_fen !== undefined ? { prices: [{ currency_code: "cny", amount: fenToYuan(edit.price_fen) }] } : {}),
      }
    })
    await updateProductVariantsWorkflow(req.scope).run({ input: { product_variants } as never })
  }
  res.json({ service: serializeService(await studioService(req.scope, merchant.handle, current.id)) })
})

/**
 * DELETE /admin/merchants/:handle/services/:id — a service nobody has booked
 * is removed (Medusa's workflow also drops its links); one with bookings is
 * 409 `SERVICE_HAS_BOOKINGS`: unpublish it instead, so its records stay whole.
 */
export const DELETE = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  const current = await studioService(req.scope, merchant.handle, req.params.id)
  const variantIds = (current.variants ?? []).map((v) => v.id)
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  if (variantIds.length > 0 && (await appointments.listAppointments({ variant_id: variantIds }, { select: ["id"], take: 1 })).length > 0) {
    throw new DomainError(409, "SERVICE_HAS_BOOKINGS", "这项服务已有预约，请改为下架 · This service has bookings; unpublish it instead")
  }
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [current.id] } })
  res.json({ id: current.id, object: "service", deleted: true })
})
