import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validated } from "@doorstep/appointments/api/validation"
import { preferencesOf, savePreferences, shownLocale } from "../../inbox"
import type { BeauticianPreferencesBody } from "../../validators"

/** GET /pro/notification-preferences — the language the beautician's notices come in. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ preferences: { locale: shownLocale(await preferencesOf(req, "beautician")) } })
}

/** PUT /pro/notification-preferences `{ locale? }`. */
export async function PUT(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = validated<BeauticianPreferencesBody>(req)
  res.json({ preferences: { locale: shownLocale(await savePreferences(req, "beautician", body.locale ? { locale: body.locale } : {})) } })
}
