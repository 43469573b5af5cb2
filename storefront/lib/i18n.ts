import { account } from "./messages/account"
import { appointments } from "./messages/appointments"
import { booking } from "./messages/booking"
import { catalog } from "./messages/catalog"
import { checkout } from "./messages/checkout"
import { discover } from "./messages/discover"
import { inbox } from "./messages/inbox"
import { pro } from "./messages/pro"
import { proApply } from "./messages/pro-apply"
import { proProfile } from "./messages/pro-profile"
import { proOffice } from "./messages/pro-office"
import { proDay } from "./messages/pro-day"
import { proOffers } from "./messages/pro-offers"
import { profile } from "./messages/profile"
import { recommendations } from "./messages/recommendations"
import { reviews } from "./messages/reviews"
import { settings } from "./messages/settings"
import { support } from "./messages/support"

import { LOCALES, type Locale } from "./locale"
import type { Joined } from "./texts"

export { DEFAULT_LOCALE, formatDate, isLocale, LOCALES, localePath, type Locale } from "./locale"

/**
 * Text lives in one file per area (`messages/<area>.ts`), each in both
 * languages; `messagesFor` joins them all, for the server (a client component
 * takes only its areas with `textsOf` from `texts.ts`, so the browser does not
 * download the whole catalogue). Keys must not repeat across areas.
 */
const areas = [
  catalog,
  profile,
  reviews,
  account,
  booking,
  checkout,
  appointments,
  discover,
  inbox,
  support,
  settings,
  pro,
  proProfile,
  proOffice,
  proApply,
  proDay,
  proOffers,
  recommendations,
] as const

// A key in two areas would silently lose one of its texts.
const keys = areas.flatMap((area) => Object.keys(area["zh-CN"]))
const repeated = keys.filter((key, i) => keys.indexOf(key) !== i)
if (repeated.length > 0) throw new Error(`Message keys in more than one area: ${repeated.join(", ")}`)

const messages = Object.fromEntries(LOCALES.map((locale) => [locale, Object.assign({}, ...areas.map((area) => area[locale]))])) as Record<Locale, Joined<typeof areas>>

export type Messages = Joined<typeof areas>
export const messagesFor = (locale: Locale): Messages => messages[locale]
