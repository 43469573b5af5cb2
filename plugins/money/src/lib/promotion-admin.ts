import crypto from "node:crypto"
import type { IOrderModuleService, IPromotionModuleService, MedusaContainer, PromotionDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { batchPromotionRulesWorkflow, createCampaignsWorkflow, createPromotionsWorkflow, deletePromotionsWorkflow, updateCampaignsWorkflow, updatePromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { fenToYuan, yuanToFen } from "@doorstep/booking-core"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { studioNames } from "@doorstep/appointments/lib/studio-names"
import type { PromotionBody, PromotionListQuery, PromotionUpdateBody } from "../api/admin/merchants/[handle]/promotions/validators"
import { FIRST_BOOKING_RULE } from "./promotions"

/**
 * Promotions (M10) as the back office runs them, on Medusa's promotion
 * module: a studio's codes take money off its own services only (a target
 * rule on their product ids), the platform's off any; whose a promotion is
 * sits in its `metadata.merchant_handle` (none: the platform's), so scoping
 * is decided here, on the server. Amounts are fen at the edge and Medusa's
 * tax-inclusive yuan inside; a code's period and spend budget are its own
 * campaign's.
 */

const CURRENCY_CODE = "cny"
const PRODUCT_RULE = "items.product.id"
const RELATIONS = ["application_method", "application_method.target_rules", "application_method.target_rules.values", "rules", "campaign", "campaign.budget"]

/** Whose a promotion is: a studio's handle, or null for the platform's. */
export type Owner = string | null

const notFound = (id: string) => new DomainError(404, "PROMOTION_NOT_FOUND", `没有这个优惠 · No promotion ${id}`)
const promotionModule = (container: MedusaContainer) => container.resolve<IPromotionModuleService>(Modules.PROMOTION)
const ownerOf = (promotion: { metadata?: Record<string, unknown> | null }): Owner => (typeof promotion.metadata?.merchant_handle === "string" ? promotion.metadata.merchant_handle : null)

/** A promotion as the back office reads it: money in fen, its period, how often it was used, and where it stands now. */
export function serializePromotion(promotion: PromotionDTO, uses: number, now: Date, studioName?: string | null) {
  const method = promotion.application_method
  const campaign = promotion.campaign
  const budget = campaign?.budget
  const productIds = (method?.target_rules ?? []).filter((rule) => rule.attribute === PRODUCT_RULE).flatMap((rule) => (rule.values ?? []).map((v) => String(v.value)))
  const startsAt = campaign?.starts_at ? new Date(campaign.starts_at) : null
  const endsAt = campaign?.ends_at ? new Date(campaign.ends_at) : null
  const limit = typeof promotion.limit === "number" ? promotion.limit : null
  const state =
    promotion.status !== "active"
      ? "inactive"
      : startsAt && startsAt > now
        ? "scheduled"
        : endsAt && endsAt <= now
          ? "expired"
          : (limit !== null && (promotion.used ?? 0) >= limit) || (budget?.limit && Number(budget.used ?? 0) >= Number(budget.limit))
            ? "used_up"
            : "active"
  return {
    id: promotion.id,
    code: promotion.code ?? "",
    merchant_handle: ownerOf(promotion),
    ...(studioName !== undefined ? { studio_name: studioName } : {}),
    kind: method?.type === "percentage" ? ("percentage" as const) : ("fixed" as const),
    percent: method?.type === "percentage" ? Number(method.value) : null,
    amount_fen: method?.type === "fixed" ? yuanToFen(String(method.value)) : null,
    applies_to: method?.target_type === "order" ? ("order" as const) : productIds.length ? ("services" as const) : ("every_service" as const),
    product_ids: productIds,
    first_booking_only: (promotion.rules ?? []).some((rule) => rule.attribute === FIRST_BOOKING_RULE.attribute),
    starts_at: startsAt?.toISOString() ?? null,
    ends_at: endsAt?.toISOString() ?? null,
    usage_limit: limit,
    budget_fen: budget?.type === "spend" && budget.limit != null ? yuanToFen(String(budget.limit)) : null,
    budget_used_fen: budget?.type === "spend" ? yuanToFen(String(budget.used ?? 0)) : null,
    uses,
    status: promotion.status === "active" ? ("active" as const) : ("inactive" as const),
    state,
    created_at: (promotion as PromotionDTO & { created_at?: Date | string }).created_at ? new Date((promotion as PromotionDTO & { created_at: Date | string }).created_at).toISOString() : null,
  }
}
export type StaffPromotion = ReturnType<typeof serializePromotion>

/** How many booked lines each promotion took money off (orders placed with it). */
async function usesOf(container: MedusaContainer, ids: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (ids.length === 0) return counts
  const adjustments = await container.resolve<IOrderModuleService>(Modules.ORDER).listOrderLineItemAdjustments({ promotion_id: ids }, { select: ["id", "promotion_id", "item_id"] })
  const seen = new Set<string>()
  for (const adjustment of adjustments as Array<{ promotion_id?: string | null; item_id?: string }>) {
    const key = `${adjustment.promotion_id}:${adjustment.item_id}`
    if (!adjustment.promotion_id || seen.has(key)) continue
    seen.add(key)
    counts.set(adjustment.promotion_id, (counts.get(adjustment.promotion_id) ?? 0) + 1)
  }
  return counts
}

async function serializeAll(container: MedusaContainer, promotions: PromotionDTO[], withStudioNames: boolean) {
  const [uses, names] = await Promise.all([
    usesOf(container, promotions.map((p) => p.id)),
    withStudioNames ? studioNames(container, promotions.flatMap((p) => ownerOf(p) ?? [])) : Promise.resolve(null),
  ])
  const now = new Date()
  return promotions.map((p) => serializePromotion(p, uses.get(p.id) ?? 0, now, names ? (ownerOf(p) ? (names.get(ownerOf(p)!) ?? null) : null) : undefined))
}

/**
 * One page of promotions, newest first: a studio's own (`scope.studio`), or
 * for the platform every promotion, narrowed to one studio's, the platform's
 * own or studios'. Ownership lives in the promotion's JSON metadata, which
 * the module's filters do not reach, so the page's ids come from SQL.
 */
export async function listPromotions(container: MedusaContainer, scope: { studio: Owner; platform: boolean }, query: PromotionListQuery) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = knex("promotion").whereNull("deleted_at")
  const studio = scope.platform ? (query.merchant_handle ?? null) : scope.studio
  if (studio) rows.whereRaw(`"metadata"->>'merchant_handle' = ?`, [studio])
  else if (scope.platform && query.owner === "platform") rows.whereRaw(`("metadata" is null or "metadata"->>'merchant_handle' is null)`)
  else if (scope.platform && query.owner === "studios") rows.whereRaw(`"metadata"->>'merchant_handle' is not null`)
  if (query.status) rows.where("status", query.status)
  if (query.q) rows.whereRaw(`"code" ilike ?`, [`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`])
  const column = query.order.replace(/^-/, "")
  const direction = query.order.startsWith("-") ? "desc" : "asc"
  const page = (await rows.clone().select("id").orderBy([{ column, order: direction }, { column: "id", order: direction }]).limit(query.limit).offset(query.offset)) as Array<{ id: string }>
  const [{ count }] = (await rows.clone().count({ count: "*" })) as Array<{ count: string | number }>
  const found = page.length ? await promotionModule(container).listPromotions({ id: page.map((r) => r.id) }, { relations: RELATIONS }) : []
  const byId = new Map(found.map((p) => [p.id, p]))
  const promotions = page.map((r) => byId.get(r.id)).filter((p): p is PromotionDTO => Boolean(p))
  return { count: Number(count), limit: query.limit, offset: query.offset, promotions: await serializeAll(container, promotions, scope.platform) }
}

/** The promotion, if the caller's scope holds it: a studio's own only (another's is 404, as if it did not exist); the platform any. */
export async function scopedPromotion(container: MedusaContainer, id: string, scope: { studio: Owner; platform: boolean }): Promise<PromotionDTO> {
  const [promotion] = await promotionModule(container).listPromotions({ id }, { relations: RELATIONS })
  if (!promotion) throw notFound(id)
  if (!scope.platform && ownerOf(promotion) !== scope.studio) throw notFound(id)
  return promotion
}

export async function readPromotion(container: MedusaContainer, id: string, platform: boolean) {
  const [promotion] = await promotionModule(container).listPromotions({ id }, { relations: RELATIONS })
  if (!promotion) throw notFound(id)
  return (await serializeAll(container, [promotion], platform))[0]
}

/** The services a studio's promotion may name: the studio's own products. */
async function studioProductIds(container: MedusaContainer, handle: string): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "merchant", fields: ["id", "products.id"], filters: { handle } })
  return ((data[0] as { products?: Array<{ id: string } | null> } | undefined)?.products ?? []).flatMap((p) => (p ? [p.id] : []))
}

/** 400 unless every service is the owner's (a studio) or exists (the platform); a studio must name at least one. */
async function checkServices(container: MedusaContainer, owner: Owner, productIds: string[] | undefined) {
  if (owner) {
    if (!productIds?.length) throw new DomainError(400, "PROMOTION_NEEDS_SERVICES", "请选择优惠适用的服务 · Choose the services the promotion applies to", "product_ids")
    const own = new Set(await studioProductIds(container, owner))
    const foreign = productIds.find((id) => !own.has(id))
    if (foreign) throw new DomainError(400, "SERVICE_NOT_IN_STUDIO", `只能选择本店的服务 · Only your studio's services may be chosen (${foreign})`, "product_ids")
    return
  }
  if (!productIds?.length) return
  const found = await container.resolve(Modules.PRODUCT).listProducts({ id: productIds }, { select: ["id"] })
  const known = new Set(found.map((p) => p.id))
  const unknown = productIds.find((id) => !known.has(id))
  if (unknown) throw new DomainError(400, "UNKNOWN_SERVICE", `没有这项服务 · No service ${unknown}`, "product_ids")
}

const codeTaken = (code: string) => new DomainError(409, "PROMOTION_CODE_TAKEN", `优惠码 ${code} 已被使用 · The code ${code} is taken`, "code")

async function checkCodeFree(container: MedusaContainer, code: string, exceptId?: string) {
  const same = await promotionModule(container).listPromotions({ code: [code, code.toLowerCase()] }, { select: ["id"] })
  if (same.some((p) => p.id !== exceptId)) throw codeTaken(code)
}

/** A lost race for the same code ends at the unique index: the same 409 as the check before it. */
async function orCodeTaken<T>(code: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    const duplicate = (error as { type?: string }).type === MedusaError.Types.DUPLICATE_ERROR || /already exists|unique/i.test((error as Error).message ?? "")
    if (code && duplicate) throw codeTaken(code)
    throw error
  }
}

const amountOf = (body: PromotionBody) =>
  body.kind === "percentage" ? { type: "percentage" as const, value: body.percent! } : { type: "fixed" as const, value: Number(fenToYuan(body.amount_fen!)), currency_code: CURRENCY_CODE }
const targetRules = (productIds: string[] | undefined) => (productIds?.length ? [{ attribute: PRODUCT_RULE, operator: "in" as const, values: productIds }] : [])
const budgetOf = (budgetFen: number | null | undefined) => (budgetFen ? { type: "spend" as const, limit: Number(fenToYuan(budgetFen)), currency_code: CURRENCY_CODE } : undefined)
const campaignIdentifier = (code: string) => `${code}-${crypto.randomBytes(3).toString("hex")}`

/**
 * The amount a change asks for: a new kind needs its own amount (400
 * otherwise); an amount alone keeps the kind there is. Null when unchanged.
 */
function newAmount(current: PromotionDTO, body: PromotionUpdateBody) {
  if (body.kind === undefined && body.percent === undefined && body.amount_fen === undefined) return null
  const currentKind = current.application_method?.type === "percentage" ? "percentage" : "fixed"
  const kind = body.kind ?? currentKind
  if (kind === "percentage" && body.percent === undefined && kind !== currentKind) throw new DomainError(400, "INVALID_INPUT", "A percentage needs `percent`", "percent")
  if (kind === "fixed" && body.amount_fen === undefined && kind !== currentKind) throw new DomainError(400, "INVALID_INPUT", "A fixed amount needs `amount_fen`", "amount_fen")
  if ((kind === "percentage" && body.amount_fen !== undefined) || (kind === "fixed" && body.percent !== undefined)) throw new DomainError(400, "INVALID_INPUT", `A ${kind} promotion takes ${kind === "percentage" ? "`percent`" : "`amount_fen`"}`, kind === "percentage" ? "amount_fen" : "percent")
  if (kind === "percentage") return { type: "percentage" as const, value: body.percent ?? Number(current.application_method?.value) }
  return { type: "fixed" as const, value: body.amount_fen !== undefined ? Number(fenToYuan(body.amount_fen)) : Number(current.application_method?.value), currency_code: CURRENCY_CODE }
}

/** A new code, checked whole before anything is written. */
export async function createPromotion(container: MedusaContainer, owner: Owner, body: PromotionBody, actor: string) {
  await checkServices(container, owner, body.product_ids)
  await checkCodeFree(container, body.code)
  const needsCampaign = body.starts_at || body.ends_at || body.budget_fen
  const input = {
    code: body.code,
    type: "standard" as const,
    status: "active" as const,
    is_tax_inclusive: true,
    limit: body.usage_limit ?? null,
    metadata: { ...(owner ? { merchant_handle: owner } : {}), created_by: actor },
    application_method: { ...amountOf(body), target_type: "items" as const, allocation: "across" as const, target_rules: targetRules(body.product_ids) },
    ...(needsCampaign
      ? {
          campaign: {
            name: body.code,
            campaign_identifier: campaignIdentifier(body.code),
            starts_at: body.starts_at ? new Date(body.starts_at) : null,
            ends_at: body.ends_at ? new Date(body.ends_at) : null,
            budget: budgetOf(body.budget_fen),
          },
        }
      : {}),
  }
  const { result } = await orCodeTaken(body.code, () => createPromotionsWorkflow(container).run({ input: { promotionsData: [input] as never } }))
  return result[0].id
}

/**
 * Changes a code: its words, amount, services, period, limit, budget or
 * status. Every check runs before the first write; the writes are Medusa's
 * promotion, rule and campaign workflows.
 */
export async function updatePromotion(container: MedusaContainer, current: PromotionDTO, body: PromotionUpdateBody) {
  const owner = ownerOf(current)
  const method = current.application_method
  if (body.product_ids !== undefined) {
    if (method?.target_type !== "items") throw new DomainError(400, "PROMOTION_TARGETS_ORDER", "这个优惠作用于整单，不能限定服务 · This promotion is for the whole order; it cannot be limited to services", "product_ids")
    await checkServices(container, owner, body.product_ids)
  }
  if (body.code && body.code !== current.code) await checkCodeFree(container, body.code, current.id)
  const campaign = current.campaign
  const startsAt = body.starts_at !== undefined ? body.starts_at : (campaign?.starts_at ? new Date(campaign.starts_at).toISOString() : null)
  const endsAt = body.ends_at !== undefined ? body.ends_at : (campaign?.ends_at ? new Date(campaign.ends_at).toISOString() : null)
  if (startsAt && endsAt && new Date(startsAt) >= new Date(endsAt)) throw new DomainError(400, "INVALID_INPUT", "`ends_at` must be after `starts_at`", "ends_at")
  if (body.usage_limit != null && body.usage_limit < (current.used ?? 0)) throw new DomainError(400, "LIMIT_BELOW_USES", `已使用 ${current.used} 次 · Already used ${current.used} times`, "usage_limit")
  if (body.budget_fen !== undefined && campaign?.budget && campaign.budget.type !== "spend") throw new DomainError(400, "INVALID_INPUT", "This promotion's campaign has another kind of budget", "budget_fen")

  const amount = newAmount(current, body)
  const update = {
    id: current.id,
    ...(body.code ? { code: body.code } : {}),
    ...(body.status ? { status: body.status } : {}),
    ...(body.usage_limit !== undefined ? { limit: body.usage_limit } : {}),
    ...(amount ? { application_method: amount } : {}),
  }
  if (Object.keys(update).length > 1) await orCodeTaken(body.code, () => updatePromotionsWorkflow(container).run({ input: { promotionsData: [update as never] } }))
  if (body.product_ids !== undefined) {
    const existing = (method?.target_rules ?? []).map((rule) => rule.id)
    await batchPromotionRulesWorkflow(container).run({ input: { id: current.id, rule_type: "target_rules" as never, create: targetRules(body.product_ids), update: [], delete: existing } })
  }
  const periodChanged = body.starts_at !== undefined || body.ends_at !== undefined || body.budget_fen !== undefined
  if (!periodChanged) return
  if (campaign) {
    await updateCampaignsWorkflow(container).run({
      input: {
        campaignsData: [
          {
            id: campaign.id,
            starts_at: startsAt ? new Date(startsAt) : null,
            ends_at: endsAt ? new Date(endsAt) : null,
            ...(body.budget_fen !== undefined && campaign.budget ? { budget: { limit: body.budget_fen ? Number(fenToYuan(body.budget_fen)) : null } } : {}),
          },
        ],
      },
    } as never)
    return
  }
  const code = body.code ?? current.code ?? "PROMO"
  const { result } = await createCampaignsWorkflow(container).run({
    input: {
      campaignsData: [{ name: code, campaign_identifier: campaignIdentifier(code), starts_at: startsAt ? new Date(startsAt) : null, ends_at: endsAt ? new Date(endsAt) : null, budget: budgetOf(body.budget_fen) ?? null }],
    },
  } as never)
  await updatePromotionsWorkflow(container).run({ input: { promotionsData: [{ id: current.id, campaign_id: (result as Array<{ id: string }>)[0].id }] } })
}

/** A code nobody has booked with is removed; one that was used is 409 `PROMOTION_USED` (deactivate it, so its orders keep their record). */
export async function deletePromotion(container: MedusaContainer, current: PromotionDTO) {
  if (((await usesOf(container, [current.id])).get(current.id) ?? 0) > 0 || (current.used ?? 0) > 0) {
    throw new DomainError(409, "PROMOTION_USED", "这个优惠码已被使用，请停用 · This code has been used; deactivate it instead")
  }
  await deletePromotionsWorkflow(container).run({ input: { ids: [current.id] } })
}
