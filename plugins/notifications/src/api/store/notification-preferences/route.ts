import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validated } from "@doorstep/appointments/api/validation"
import type { Preferences } from "../../../modules/notification-outbox"
import { preferencesOf, savePreferences, shownLocale } from "../../inbox"
import type { CustomerPreferencesBody } from "../../validators"

const shown = (preferences: Preferences) => ({ locale: shownLocale(preferences), review_requests: !preferences.muted_kinds.includes("review_request") })

/** GET /store/notification-preferences — the customer's language for notices and whether review requests come. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ preferences: shown(await preferencesOf(req, "customer")) })
}

/** PUT /store/notification-preferences `{ locale?, review_requests? }` — notices about bookings themselves always come. */
export async function PUT(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validated<CustomerPreferencesBody>(req)
  const change: Partial<Preferences> = {}
  if (body.locale) change.locale = body.locale
  if (body.review_requests !== undefined) change.muted_kinds = body.review_requests ? [] : ["review_request"]
  res.json({ preferences: shown(await savePreferences(req, "customer", change)) })
}
