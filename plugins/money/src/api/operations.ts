import { z } from "zod"
import { LEDGER_ACCOUNTS, LEDGER_KINDS } from "../modules/money/models/ledger-entry"
import { WITHDRAWAL_STATUSES } from "../modules/money/models/withdrawal"
import { defineOperations, fen, timestamp } from "@doorstep/appointments/api/openapi"
import { PromotionBody, PromotionListQuery, PromotionUpdateBody } from "./admin/merchants/[handle]/promotions/validators"
import { PayQuery } from "./pro/pay/validators"
import { WithdrawalBody, WithdrawalDecisionBody, WithdrawalListQuery } from "./pro/withdrawals/validators"
import { TipBody } from "./store/appointments/[id]/tip/validators"

/**
 * Money: the earnings ledger, commission plans, statements, withdrawals and
 * their payouts, an order's books, and what customers pay after a job (tips,
 * a deposit booking's balance).
 */

const cny = z.literal("cny").meta({ description: "Always `cny`; amounts are in fen" })

/** One line of the append-only ledger; the back office gets the whole row, `/pro` only the fields up to `created_at`. */
const LedgerEntry = z
  .looseObject({
    id: z.string(),
    appointment_id: z.string().nullable().meta({ description: "The job it comes from; null for a withdrawal or an adjustment" }),
    kind: z.enum(LEDGER_KINDS),
    amount_fen: fen.meta({ description: "Signed: a paid withdrawal is negative" }),
    note: z.string().nullable(),
    created_at: timestamp,
    account: z.enum(LEDGER_ACCOUNTS).optional(),
    merchant_handle: z.string().optional(),
    beautician_id: z.string().nullable().optional(),
    commission_plan: z.string().nullable().optional().meta({ description: "The studio's plan the shares were split by" }),
    commission_tier: z.number().int().nullable().optional().meta({ description: "The tier (from 0) the studio's month had reached" }),
    commission_rate_bp: z.number().int().nullable().optional().meta({ description: "The platform's rate in basis points" }),
  })
  .meta({ id: "LedgerEntry" })

/** One job's money as its beautician reads it. */
const JobEarnings = z
  .object({
    appointment_id: z.string(),
    variant_id: z.string().nullable().meta({ description: "The service option booked" }),
    start: timestamp.nullable().meta({ description: "When the job was booked for, in the booking zone" }),
    kind: z.enum(["service", "cancellation_fee"]).meta({ description: "A job done (or a no-show), or a cancellation's fee" }),
    gross_fen: fen.meta({ description: "What the payment kept for the job: every party's share (a deposit booking's balance included once paid)" }),
    platform_fen: fen,
    studio_fen: fen,
    commission_fen: fen.meta({ description: "The platform's and the studio's shares together" }),
    net_fen: fen.meta({ description: "The beautician's share" }),
    tip_fen: fen.meta({ description: "Tips for the job, wholly the beautician's, outside the gross" }),
    commission_rate_bp: z.number().int().nullable().meta({ description: "The platform's rate in basis points" }),
    booked_at: timestamp,
  })
  .meta({ id: "JobEarnings" })

/** Where a studio stands on its commission plan this month. */
const CommissionStanding = z
  .object({
    plan: z.string().meta({ example: "standard" }),
    month: z.string().meta({ description: "YYYY-MM, in the city's zone", example: "2026-12" }),
    month_gross_fen: fen.meta({ description: "What the studio's completed and no-show jobs kept this month so far" }),
    tier: z.number().int().meta({ description: "The tier (from 0) the next job pays" }),
    rate_bp: z.number().int().meta({ description: "The platform's rate the next job pays, in basis points" }),
    next_tier_from_fen: fen.nullable().meta({ description: "Where the next tier starts; null on the last" }),
  })
  .meta({ id: "CommissionStanding" })

const Withdrawal = z
  .looseObject({
    id: z.string(),
    beautician_id: z.string(),
    merchant_handle: z.string(),
    amount_fen: fen,
    status: z.enum(WITHDRAWAL_STATUSES),
    reason: z.string().nullable().meta({ description: "Why it was rejected" }),
    transfer_reference: z.string().nullable().meta({ description: "The bank transfer's or gateway's reference, once paid" }),
    payout_provider: z.string().nullable().meta({ example: "manual" }),
    payout_error: z.string().nullable().meta({ description: "Why the last payout failed, if it did" }),
    decided_by: z.string().nullable().meta({ example: "user:user_01J…" }),
    paid_at: timestamp.nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "Withdrawal" })

const OrderMoney = z
  .object({
    order_id: z.string(),
    captured_fen: fen,
    refunded_fen: fen,
    booked_fen: fen.meta({ description: "In the earnings ledger" }),
    held_fen: fen.meta({ description: "Paid for visits (or a tip or balance) not booked yet" }),
    balanced: z.boolean().meta({ description: "captured = refunded + booked + held" }),
  })
  .meta({ id: "OrderMoney" })

const Tip = z
  .object({
    id: z.string(),
    appointment_id: z.string(),
    amount_fen: fen,
    currency_code: cny,
    status: z.enum(["pending", "paid"]),
    cart_id: z.string().nullable().meta({ description: "The cart to pay it through" }),
    order_id: z.string().nullable(),
    paid_at: timestamp.nullable(),
  })
  .meta({ id: "Tip" })

const Balance = z
  .object({
    appointment_id: z.string(),
    amount_fen: fen.meta({ description: "What is due, or what was paid" }),
    currency_code: cny,
    status: z.enum(["pending", "paid"]),
    cart_id: z.string().nullable().meta({ description: "The cart to pay it through, once asked for" }),
    order_id: z.string().nullable(),
  })
  .meta({ id: "AppointmentBalance" })

const statement = (whose: string) => ({
  mediaType: "text/csv",
  description: `${whose} for the month as a CSV file (UTF-8 with a byte-order mark, sent as an attachment): \`time, kind, appointment, note, amount_cny, balance_cny\`, from the opening balance, each entry with the balance after it, to the closing balance; amounts in yuan.`,
})
const MonthParam = z.string().meta({ description: "YYYY-MM in the city's zone; `.csv` may follow", example: "2026-11" })

/** A promotion code as the back office reads it. */
const StaffPromotion = z
  .object({
    id: z.string(),
    code: z.string().meta({ example: "LUMIERE20" }),
    merchant_handle: z.string().nullable().meta({ description: "The studio whose code it is; null for the platform's" }),
    studio_name: z.string().nullable().optional().meta({ description: "The platform's routes: the studio's name" }),
    kind: z.enum(["percentage", "fixed"]),
    percent: z.number().nullable(),
    amount_fen: fen.nullable(),
    applies_to: z.enum(["services", "every_service", "order"]).meta({ description: "The named services, every service, or the whole order (the platform's older codes)" }),
    product_ids: z.array(z.string()),
    first_booking_only: z.boolean().meta({ description: "Only for a customer's first booking (the seeded welcome code)" }),
    starts_at: timestamp.nullable(),
    ends_at: timestamp.nullable(),
    usage_limit: z.number().int().nullable(),
    budget_fen: fen.nullable(),
    budget_used_fen: fen.nullable(),
    uses: z.number().int().meta({ description: "Booked lines it took money off" }),
    status: z.enum(["active", "inactive"]),
    state: z.enum(["active", "scheduled", "expired", "used_up", "inactive"]).meta({ description: "Where it stands now: works, not yet, over, its limit or budget reached, or switched off" }),
    created_at: timestamp.nullable(),
  })
  .meta({ id: "StaffPromotion" })
const PromotionPage = z.object({ count: z.number().int(), limit: z.number().int(), offset: z.number().int(), promotions: z.array(StaffPromotion) })
const promotionRules =
  "A percentage (`percent`, 1–100) or a fixed amount (`amount_fen`) off, on Medusa's promotion module; an optional period (`starts_at`, `ends_at`: its own campaign), usage limit (bookings in all) and spend budget (`budget_fen`). Codes are kept in capitals; a code in use is 409 `PROMOTION_CODE_TAKEN` (two at once too). Bad input is 400 with nothing written."
const deleted = z.object({ id: z.string(), object: z.literal("promotion"), deleted: z.literal(true) })

export const operations = defineOperations({
  "GET /admin/merchants/{handle}/promotions": {
    summary: "A studio's promotion codes",
    description: "The studio's own codes, newest first; `q` matches part of the code, `status` active or inactive. The studio's staff read them.",
    auth: "staff",
    query: PromotionListQuery.omit({ merchant_handle: true, owner: true }),
    responses: { 200: PromotionPage },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/promotions": {
    summary: "Add a promotion code for some of the studio's services",
    description: `The studio's manager. It takes money off the named services of the studio's own only (\`product_ids\`, required: 400 \`PROMOTION_NEEDS_SERVICES\`; another studio's or the platform's service is 400 \`SERVICE_NOT_IN_STUDIO\`). ${promotionRules}`,
    auth: "staff",
    body: PromotionBody,
    example: { code: "LUMIERE20", kind: "percentage", percent: 20, product_ids: ["prod_01J…"], ends_at: "2026-12-31T23:59:59+08:00", usage_limit: 100 },
    responses: { 201: z.object({ promotion: StaffPromotion }) },
    errors: { 400: ["PROMOTION_NEEDS_SERVICES", "SERVICE_NOT_IN_STUDIO"], 404: ["MERCHANT_NOT_FOUND"], 409: ["PROMOTION_CODE_TAKEN"] },
  },
  "GET /admin/merchants/{handle}/promotions/{id}": {
    summary: "One of a studio's promotion codes",
    description: "Another studio's code, or the platform's, is 404 `PROMOTION_NOT_FOUND`.",
    auth: "staff",
    responses: { 200: z.object({ promotion: StaffPromotion }) },
    errors: { 404: ["MERCHANT_NOT_FOUND", "PROMOTION_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/promotions/{id}": {
    summary: "Change or deactivate a studio's promotion code",
    description: `The studio's manager; any field of the new code's, plus \`status\` (\`inactive\` stops it at once). A usage limit below its uses is 400 \`LIMIT_BELOW_USES\`. ${promotionRules}`,
    auth: "staff",
    body: PromotionUpdateBody,
    example: { status: "inactive" },
    responses: { 200: z.object({ promotion: StaffPromotion }) },
    errors: { 400: ["SERVICE_NOT_IN_STUDIO", "LIMIT_BELOW_USES"], 404: ["MERCHANT_NOT_FOUND", "PROMOTION_NOT_FOUND"], 409: ["PROMOTION_CODE_TAKEN"] },
  },
  "DELETE /admin/merchants/{handle}/promotions/{id}": {
    summary: "Remove a studio's unused promotion code",
    description: "The studio's manager. A code that bookings used is 409 `PROMOTION_USED`: deactivate it instead, so their records stay whole.",
    auth: "staff",
    responses: { 200: deleted },
    errors: { 404: ["MERCHANT_NOT_FOUND", "PROMOTION_NOT_FOUND"], 409: ["PROMOTION_USED"] },
  },
  "GET /admin/marketing/promotions": {
    summary: "Every promotion code: the platform's and each studio's",
    description: "Platform admins. Newest first, each studio's code with the studio named; `merchant_handle` keeps one studio's, `owner` the platform's own or studios'. (Medusa's own `/admin/promotions` is left as Medusa made it.)",
    auth: "staff",
    query: PromotionListQuery,
    responses: { 200: PromotionPage },
  },
  "POST /admin/marketing/promotions": {
    summary: "Add a platform-wide promotion code",
    description: `Platform admins. For the named services (\`product_ids\`; an unknown one is 400 \`UNKNOWN_SERVICE\`), or with none for every service. ${promotionRules}`,
    auth: "staff",
    body: PromotionBody,
    example: { code: "NEWYEAR50", kind: "fixed", amount_fen: 5000, starts_at: "2027-01-01T00:00:00+08:00", ends_at: "2027-01-04T00:00:00+08:00", budget_fen: 1000000 },
    responses: { 201: z.object({ promotion: StaffPromotion }) },
    errors: { 400: ["UNKNOWN_SERVICE"], 409: ["PROMOTION_CODE_TAKEN"] },
  },
  "GET /admin/marketing/promotions/{id}": {
    summary: "Any promotion code",
    auth: "staff",
    responses: { 200: z.object({ promotion: StaffPromotion }) },
    errors: { 404: ["PROMOTION_NOT_FOUND"] },
  },
  "POST /admin/marketing/promotions/{id}": {
    summary: "Change or deactivate any promotion code",
    description: `Platform admins; a studio's code stays limited to that studio's services (400 \`SERVICE_NOT_IN_STUDIO\`), and a code for the whole order cannot be limited to services (400 \`PROMOTION_TARGETS_ORDER\`). ${promotionRules}`,
    auth: "staff",
    body: PromotionUpdateBody,
    example: { ends_at: "2027-01-10T00:00:00+08:00" },
    responses: { 200: z.object({ promotion: StaffPromotion }) },
    errors: { 400: ["UNKNOWN_SERVICE", "SERVICE_NOT_IN_STUDIO", "PROMOTION_TARGETS_ORDER", "LIMIT_BELOW_USES"], 404: ["PROMOTION_NOT_FOUND"], 409: ["PROMOTION_CODE_TAKEN"] },
  },
  "DELETE /admin/marketing/promotions/{id}": {
    summary: "Remove an unused promotion code",
    auth: "staff",
    responses: { 200: deleted },
    errors: { 404: ["PROMOTION_NOT_FOUND"], 409: ["PROMOTION_USED"] },
  },
  "GET /admin/merchants/{handle}/earnings": {
    summary: "A studio's balance, latest ledger entries and commission standing",
    description: "The studio's balance (fen), its latest 100 ledger entries, newest first, and where it stands on its commission plan this month (the month's gross, the tier and rate the next job pays, where the next tier starts).",
    auth: "staff",
    responses: { 200: z.object({ balance_fen: fen, currency_code: cny, entries: z.array(LedgerEntry), commission: CommissionStanding }) },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "GET /admin/merchants/{handle}/statements/{month}": {
    summary: "A studio's monthly statement (CSV)",
    description: "The studio's share of the month, entry by entry. 400 `INVALID_INPUT` (field `month`) unless the month is YYYY-MM.",
    auth: "staff",
    params: z.object({ handle: z.string(), month: MonthParam }),
    responses: { 200: statement("The studio's statement") },
    errors: { 400: ["INVALID_INPUT"], 404: ["MERCHANT_NOT_FOUND"] },
  },
  "GET /admin/withdrawals": {
    summary: "The platform's withdrawal queue",
    description: "Oldest first, at most 200. `?status=` (requested, approved, paying, paid or rejected) keeps one status.",
    auth: "staff",
    query: WithdrawalListQuery,
    responses: {
      200: z.object({
        withdrawals: z.array(
          Withdrawal.extend({
            beautician_name: z.string().nullable().meta({ description: "The beautician's display name" }),
            merchant_name: z.string().nullable().meta({ description: "Their studio's name" }),
          }),
        ),
      }),
    },
  },
  "POST /admin/withdrawals/{id}/decide": {
    summary: "Approve, pay or reject a withdrawal",
    description:
      "Platform admins' finance. `approve` a requested withdrawal; then `pay` it through the payout provider (`manual`: the bank transfer's `transfer_reference` is required, 400 `INVALID_INPUT`; one transfer pays one withdrawal) — paid, the ledger gets its negative entry; a failed payout leaves it approved with its error (409 `PAYOUT_FAILED` with `payout_error`). `reject` a requested or approved one with a `reason`: its money is available again. Of two decisions at once one counts; the other is 409 `INVALID_TRANSITION`.",
    auth: "staff",
    body: WithdrawalDecisionBody,
    example: { decision: "pay", transfer_reference: "CMB20261201001" },
    responses: { 200: z.object({ withdrawal: Withdrawal }) },
    errors: { 404: ["WITHDRAWAL_NOT_FOUND"], 409: ["INVALID_TRANSITION", "PAYOUT_FAILED"] },
  },
  "GET /admin/orders/{id}/money": {
    summary: "Where an order's money is",
    description:
      "Platform admins only. In fen: captured by the gateway, refunded through it, booked in the earnings ledger, and still held (visits whose shares are not booked yet, a tip or a balance not booked yet). The books balance when captured = refunded + booked + held.",
    auth: "staff",
    responses: { 200: z.object({ money: OrderMoney }) },
    errors: { 404: ["ORDER_NOT_FOUND"] },
  },
  "GET /pro/earnings": {
    summary: "The beautician's balance and latest ledger entries",
    description:
      "The balance (fen) and the latest 100 entries, newest first: jobs' shares, tips, balances, paid withdrawals (negative); and for the jobs among them, each one's gross (every party's share), the platform's and the studio's shares (together the commission), the beautician's net and tips, newest first.",
    auth: "beautician",
    responses: { 200: z.object({ balance_fen: fen, currency_code: cny, entries: z.array(LedgerEntry), jobs: z.array(JobEarnings) }) },
  },
  "GET /pro/pay": {
    summary: "What the beautician makes from their offers and jobs",
    description:
      "For each of the given appointments that is on offer to them or their job (others are left out): the price, their share at the tier their studio's month has reached now (what the ledger would book were it to end now), and, once the ledger has booked the job, what it holds for them, tips apart.",
    auth: "beautician",
    query: PayQuery,
    responses: {
      200: z.object({
        currency_code: cny,
        pay: z.array(
          z
            .object({
              appointment_id: z.string(),
              price_fen: fen.meta({ description: "What the customer pays for the visit" }),
              estimate_fen: fen.meta({ description: "The beautician's share of the price at today's commission rate" }),
              rate_bp: z.number().int().meta({ description: "The platform's rate the estimate uses, in basis points" }),
              earned_fen: fen.nullable().meta({ description: "What the ledger booked for them from the job (its share, a deposit booking's balance, a cancellation's fee); null until booked" }),
              tip_fen: fen.meta({ description: "Tips for the job" }),
            })
            .meta({ id: "JobPay" }),
        ),
      }),
    },
  },
  "GET /pro/statements/{month}": {
    summary: "The beautician's monthly earnings statement (CSV)",
    description: "400 `INVALID_INPUT` (field `month`) unless the month is YYYY-MM.",
    auth: "beautician",
    params: z.object({ month: MonthParam }),
    responses: { 200: statement("The beautician's earnings statement") },
    errors: { 400: ["INVALID_INPUT"] },
  },
  "GET /pro/withdrawals": {
    summary: "What the beautician may withdraw, and their withdrawals",
    description:
      "`available_fen` is the ledger balance less withdrawals requested, approved or being paid; `minimum_fen` the least one withdrawal may ask for; the withdrawals are newest first, at most 100.",
    auth: "beautician",
    responses: { 200: z.object({ available_fen: fen, minimum_fen: fen, currency_code: cny, withdrawals: z.array(Withdrawal) }) },
  },
  "POST /pro/withdrawals": {
    summary: "Ask to withdraw money",
    description:
      "At least ¥100 (400 `BELOW_MINIMUM`) and no more than is available (409 `INSUFFICIENT_BALANCE` with `available_fen`); two requests at once cannot both spend the same money. The platform's finance then approves and pays it.",
    auth: "beautician",
    body: WithdrawalBody,
    example: { amount_fen: 10000 },
    responses: { 201: z.object({ withdrawal: Withdrawal }) },
    errors: { 400: ["BELOW_MINIMUM"], 404: ["BEAUTICIAN_NOT_FOUND"], 409: ["INSUFFICIENT_BALANCE"] },
  },
  "GET /store/appointments/{id}/tip": {
    summary: "The customer's tip for a job",
    description: "404 `TIP_NOT_FOUND` when they gave none; another customer's appointment is 404 `APPOINTMENT_NOT_FOUND`.",
    auth: "customer",
    responses: { 200: z.object({ tip: Tip }) },
    errors: { 404: ["APPOINTMENT_NOT_FOUND", "TIP_NOT_FOUND"] },
  },
  "POST /store/appointments/{id}/tip": {
    summary: "Tip the beautician of a completed job",
    description:
      "Once per job (409 `ALREADY_TIPPED` with the `tip` there is, even when asked twice at once), within 7 days of its completion (409 `TIP_WINDOW_CLOSED`), ¥1–¥500 (400 `TIP_OUT_OF_RANGE`); only a completed job (409 `NOT_TIPPABLE`). Answered with the tip and the cart of its own to pay it through, like a booking (`/store/payment-collections`, a session with the same providers, `/store/carts/{id}/complete`); the cart's line cannot be changed (409 `TIP_CART_LOCKED`). Once that order is placed the tip is paid and booked wholly to the beautician.",
    auth: "customer",
    body: TipBody,
    example: { amount_fen: 2000 },
    responses: { 201: z.object({ tip: Tip }) },
    errors: { 400: ["TIP_OUT_OF_RANGE"], 404: ["APPOINTMENT_NOT_FOUND"], 409: ["NOT_TIPPABLE", "ALREADY_TIPPED", "TIP_WINDOW_CLOSED"] },
  },
  "GET /store/appointments/{id}/balance": {
    summary: "What is due (or was paid) after a deposit booking's job",
    description: "`status` is `paid` once the balance's order is placed; `cart_id` is null until the customer asks to pay.",
    auth: "customer",
    responses: { 200: z.object({ balance: Balance }) },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"] },
  },
  "POST /store/appointments/{id}/balance": {
    summary: "Pay a deposit booking's balance after the job",
    description:
      "Answered with the balance and the cart of its own to pay it through (`/store/payment-collections`, a session with the same providers as bookings, `/store/carts/{id}/complete`); the same cart when asked again; its line cannot be changed (409 `BALANCE_CART_LOCKED`). 409 `NO_BALANCE_DUE` when nothing is due (paid in full at checkout, paid already, cancelled), `BALANCE_NOT_DUE` before the job is completed.",
    auth: "customer",
    responses: { 201: z.object({ balance: Balance }) },
    errors: { 404: ["APPOINTMENT_NOT_FOUND"], 409: ["NO_BALANCE_DUE", "BALANCE_NOT_DUE"] },
  },
})
