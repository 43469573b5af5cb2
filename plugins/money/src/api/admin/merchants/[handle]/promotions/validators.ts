import { z } from "zod"

/** How a code is written: letters, digits, `-` and `_`, kept in capitals so that customers may type it either way. */
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/, "3–32 letters, digits, - or _")
  .transform((value) => value.toUpperCase())
  .meta({ description: "What customers type at checkout: 3–32 letters, digits, `-` or `_`; stored in capitals", example: "LUMIERE20" })
const moment = z.iso.datetime({ offset: true })
const fields = {
  code,
  kind: z.enum(["percentage", "fixed"]).meta({ description: "A percentage off, or a fixed amount (fen) off" }),
  percent: z.number().int().min(1).max(100).optional().meta({ description: "With `percentage`: how much off, 1–100" }),
  amount_fen: z.number().int().min(1).max(10_000_000).optional().meta({ description: "With `fixed`: how much off in fen, shared across the services it applies to" }),
  product_ids: z.array(z.string().trim().min(1).max(64)).max(100).optional().meta({ description: "The services (products) it applies to. A studio's: some of its own services, required. The platform's: any services, or none for every service" }),
  starts_at: moment.nullable().optional().meta({ description: "From when the code works (else at once)" }),
  ends_at: moment.nullable().optional().meta({ description: "Until when the code works (else for good)" }),
  usage_limit: z.number().int().min(1).max(1_000_000).nullable().optional().meta({ description: "How many bookings may use it in all" }),
  budget_fen: z.number().int().min(100).max(1_000_000_000).nullable().optional().meta({ description: "The most it may take off in all, in fen" }),
}

/** Times must run forwards; an amount is a percentage or fen, never both. */
function consistent(body: { kind?: string; percent?: number; amount_fen?: number; starts_at?: string | null; ends_at?: string | null }, ctx: z.RefinementCtx) {
  if (body.starts_at && body.ends_at && new Date(body.starts_at) >= new Date(body.ends_at)) ctx.addIssue({ code: "custom", message: "`ends_at` must be after `starts_at`", path: ["ends_at"] })
  if (body.percent !== undefined && body.amount_fen !== undefined) ctx.addIssue({ code: "custom", message: "Either `percent` or `amount_fen`, not both", path: ["amount_fen"] })
  if (body.kind === "percentage" && body.amount_fen !== undefined) ctx.addIssue({ code: "custom", message: "A percentage takes `percent`", path: ["amount_fen"] })
  if (body.kind === "fixed" && body.percent !== undefined) ctx.addIssue({ code: "custom", message: "A fixed amount takes `amount_fen`", path: ["percent"] })
}

/** A new code names its kind with its own amount. */
function complete(body: { kind: string; percent?: number; amount_fen?: number }, ctx: z.RefinementCtx) {
  if (body.kind === "percentage" && body.percent === undefined) ctx.addIssue({ code: "custom", message: "A percentage needs `percent`", path: ["percent"] })
  if (body.kind === "fixed" && body.amount_fen === undefined) ctx.addIssue({ code: "custom", message: "A fixed amount needs `amount_fen`", path: ["amount_fen"] })
}

export const PromotionBody = z.object(fields).strict().superRefine(consistent).superRefine(complete)
export type PromotionBody = z.infer<typeof PromotionBody>

export const PromotionUpdateBody = z
  .object(fields)
  .partial()
  .extend({ status: z.enum(["active", "inactive"]).optional().meta({ description: "`inactive` stops the code at once; `active` turns it back on" }) })
  .strict()
  .superRefine(consistent)
export type PromotionUpdateBody = z.infer<typeof PromotionUpdateBody>

export const PromotionListQuery = z
  .object({
    q: z.string().trim().min(1).max(32).optional().meta({ description: "Part of the code" }),
    status: z.enum(["active", "inactive"]).optional(),
    merchant_handle: z.string().trim().min(1).max(64).optional().meta({ description: "The platform's list: one studio's" }),
    owner: z.enum(["platform", "studios"]).optional().meta({ description: "The platform's list: only the platform's own, or only studios'" }),
    order: z.enum(["created_at", "-created_at", "code", "-code"]).default("-created_at").meta({ description: "Sort field; a leading `-` for descending" }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type PromotionListQuery = z.infer<typeof PromotionListQuery>
