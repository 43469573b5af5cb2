import path from "node:path"

export const ROOT = path.resolve(__dirname, "..", "..")
export const DATA_DIR = path.join(ROOT, ".data")
export const SEED_DIR = path.join(ROOT, "scripts", "seed", "data")
export const workspace = (
  name: "api" | "cms" | "commerce" | "admin" | "storefront" | "plugins/booking-core" | "plugins/appointments" | "plugins/china-payments" | "plugins/dispatch" | "plugins/accounts" | "plugins/studios" | "plugins/money" | "plugins/trust" | "plugins/notifications" | "plugins/content" | "plugins/training" | "plugins/recommendations",
) =>
  path.join(ROOT, name)
