import fs from "node:fs"
import path from "node:path"

/** Text in both languages the platform ships: Simplified Chinese first, English second. */
export type Localized = { "zh-CN": string; en: string }

export interface CategorySeed {
  handle: string
  name: Localized
  rank: number
}

export interface VariantSeed {
  sku: string
  title: Localized
  duration_minutes: number
  tier: "standard" | "senior" | "expert" | null
  price_fen: number
}

export interface ServiceSeed {
  handle: string
  category: string
  title: Localized
  subtitle: Localized
  variants: VariantSeed[]
}

export interface BeauticianSeed {
  handle: string
  merchant: string
  name: Localized
  email: string
  phone: string
  district: Localized
  home_base: { lat: number; lng: number }
  service_radius_km: number
  skills: string[]
  years_experience: number
  working_hours: Array<{ weekday: number; start: string; end: string }>
}

/** A demo customer who wrote reviews; no login. */
export interface ReviewerSeed {
  key: string
  email: string
  first_name: string
  last_name: string
}

/**
 * A written review of a completed visit, `days_ago` days before the seed runs.
 * The beautician's rating and review count are worked out from these rows, as
 * every real review does (trust's `refreshRating`), never written by hand.
 */
export interface ReviewSeed {
  beautician: string
  reviewer: string
  sku: string
  rating: number
  text: string
  reply: string | null
  days_ago: number
}

export interface MerchantSeed {
  handle: string
  name: Localized
  district: Localized
  address: Localized
  lat: number
  lng: number
  phone: string
  email: string
}

/** A back-office login of a studio (manager, front desk) or of the platform's support. */
export interface StaffSeed {
  role: "merchant_manager" | "merchant_staff" | "support_agent"
  merchant_handle?: string
  email: string
  password: string
  first_name: string
  last_name: string
}

export interface AccountsSeed {
  commerce_admin: { email: string; password: string }
  staff: StaffSeed[]
  beautician: { password: string }
  customer: { email: string; password: string; first_name: string; last_name: string; phone: string }
}

export interface DemoData {
  merchants: MerchantSeed[]
  categories: CategorySeed[]
  services: ServiceSeed[]
  beauticians: BeauticianSeed[]
  accounts: AccountsSeed
  reviews: { reviewers: ReviewerSeed[]; reviews: ReviewSeed[] }
}

/** The repository's one source of demo data (`scripts/seed/data`), or `DOORSTEP_SEED_DIR`. */
export function seedDirectory(): string {
  return process.env.DOORSTEP_SEED_DIR ?? path.resolve(__dirname, "..", "..", "..", "scripts", "seed", "data")
}

export function loadDemoData(directory = seedDirectory()): DemoData {
  const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(directory, file), "utf8")) as T
  return {
    merchants: read<MerchantSeed[]>("merchants.json"),
    categories: read<CategorySeed[]>("categories.json"),
    services: read<ServiceSeed[]>("services.json"),
    beauticians: read<BeauticianSeed[]>("beauticians.json"),
    accounts: read<AccountsSeed>("accounts.json"),
    reviews: read<DemoData["reviews"]>("reviews.json"),
  }
}

/** Every login the demo signs people up with. Production seeds none and refuses to start while any still opens with its demo password. */
export function demoLogins(data: DemoData): Array<{ email: string; password: string }> {
  const { accounts } = data
  return [
    accounts.commerce_admin,
    accounts.customer,
    ...accounts.staff,
    ...data.beauticians.map((b) => ({ email: b.email, password: accounts.beautician.password })),
  ].map(({ email, password }) => ({ email, password }))
}
