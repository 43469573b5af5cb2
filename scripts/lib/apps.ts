import path from "node:path"
import type { CommandSpec } from "./children"
import { DATA_DIR, SEED_DIR, workspace } from "./paths"
import type { Secrets } from "./secrets"

/** Where each app listens and which variable moves it. */
export const PORT_DEFAULTS = {
  cms: { envName: "CMS_PORT", port: 1337, service: "cms (Strapi)" },
  commerce: { envName: "COMMERCE_PORT", port: 9000, service: "commerce (Medusa)" },
  admin: { envName: "ADMIN_PORT", port: 7001, service: "admin (react-admin)" },
  storefront: { envName: "STOREFRONT_PORT", port: 8000, service: "storefront (Next.js)" },
} as const

export type AppName = keyof typeof PORT_DEFAULTS
export type AppPorts = Record<AppName, number>

export const localUrl = (port: number) => `http://localhost:${port}`

/** No app phones home: the network may be closed, and nobody asked for it. */
export const NO_PHONING_HOME = {
  STRAPI_TELEMETRY_DISABLED: "true",
  STRAPI_DISABLE_UPDATE_NOTIFICATION: "true",
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
} as const

/** Environment shared by every child: ours, without what would confuse the apps. */
function baseEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, PORT: _port, ...rest } = env
  return {
    ...rest,
    NODE_ENV: env.NODE_ENV ?? "development",
    DOORSTEP_SEED_DIR: env.DOORSTEP_SEED_DIR ?? SEED_DIR,
    ...NO_PHONING_HOME,
  }
}

export function cmsEnv(env: NodeJS.ProcessEnv, ports: AppPorts, databaseUrl: string, secrets: Secrets): NodeJS.ProcessEnv {
  return {
    ...baseEnv(env),
    DATABASE_CLIENT: "postgres",
    DATABASE_URL: databaseUrl,
    HOST: env.HOST ?? "127.0.0.1",
    PORT: String(ports.cms),
    APP_KEYS: secrets.CMS_APP_KEYS,
    API_TOKEN_SALT: secrets.CMS_API_TOKEN_SALT,
    ADMIN_JWT_SECRET: secrets.CMS_ADMIN_JWT_SECRET,
    TRANSFER_TOKEN_SALT: secrets.CMS_TRANSFER_TOKEN_SALT,
    JWT_SECRET: secrets.CMS_JWT_SECRET,
    ENCRYPTION_KEY: secrets.CMS_ENCRYPTION_KEY,
    CMS_API_TOKEN: secrets.CMS_API_TOKEN,
    CMS_WEBHOOK_SECRET: secrets.CMS_WEBHOOK_SECRET,
    COMMERCE_URL: env.COMMERCE_URL ?? localUrl(ports.commerce),
    // Browsers may call the cms only from the storefront, admin and commerce origins.
    CMS_CORS_ORIGINS:
      env.CMS_CORS_ORIGINS ?? [ports.storefront, ports.admin, ports.commerce].flatMap((port) => [localUrl(port), `http://127.0.0.1:${port}`]).join(","),
    DOORSTEP_SEED: "true",
  }
}

/**
 * Commerce's JavaScript heap limit. Node grows its heap lazily up to a quarter
 * of the machine's memory; under load that alone took commerce past 1 GiB RSS
 * while it used under 400 MB. `COMMERCE_HEAP_MB` overrides it.
 */
export const commerceHeapOption = (env: NodeJS.ProcessEnv) => `--max-old-space-size=${env.COMMERCE_HEAP_MB ?? 512}`

export function commerceEnv(env: NodeJS.ProcessEnv, ports: AppPorts, databaseUrl: string, secrets: Secrets): NodeJS.ProcessEnv {
  const browserOrigins = [localUrl(ports.storefront), localUrl(ports.admin)].join(",")
  return {
    ...baseEnv(env),
    DATABASE_URL: databaseUrl,
    PORT: String(ports.commerce),
    JWT_SECRET: secrets.COMMERCE_JWT_SECRET,
    COOKIE_SECRET: secrets.COMMERCE_COOKIE_SECRET,
    VAPID_PUBLIC_KEY: secrets.VAPID_PUBLIC_KEY,
    VAPID_PRIVATE_KEY: secrets.VAPID_PRIVATE_KEY,
    STORE_CORS: env.STORE_CORS ?? localUrl(ports.storefront),
    ADMIN_CORS: env.ADMIN_CORS ?? localUrl(ports.admin),
    AUTH_CORS: env.AUTH_CORS ?? browserOrigins,
    CMS_URL: env.CMS_URL ?? localUrl(ports.cms),
    CMS_API_TOKEN: secrets.CMS_API_TOKEN,
    CMS_WEBHOOK_SECRET: secrets.CMS_WEBHOOK_SECRET,
    DOORSTEP_SEED_OUTPUT: path.join(DATA_DIR, "commerce-seed.json"),
    NODE_OPTIONS: [env.NODE_OPTIONS, commerceHeapOption(env)].filter(Boolean).join(" "),
  }
}

export function adminEnv(env: NodeJS.ProcessEnv, ports: AppPorts): NodeJS.ProcessEnv {
  // The cms's address: its media may show in the back office (admin/security-headers.ts).
  return { ...baseEnv(env), VITE_MEDUSA_URL: env.VITE_MEDUSA_URL ?? localUrl(ports.commerce), CMS_URL: env.CMS_URL ?? localUrl(ports.cms) }
}

export function storefrontEnv(env: NodeJS.ProcessEnv, ports: AppPorts, publishableKey: string): NodeJS.ProcessEnv {
  return {
    ...baseEnv(env),
    // `next start` serves the production build; Next warns when NODE_ENV says otherwise.
    NODE_ENV: "production",
    MEDUSA_URL: env.MEDUSA_URL ?? localUrl(ports.commerce),
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    CMS_URL: env.CMS_URL ?? localUrl(ports.cms),
  }
}

const npm = (name: string, cwd: string, args: string[], env: NodeJS.ProcessEnv): CommandSpec => ({
  name,
  command: "npm",
  args: ["run", "--silent", ...args],
  cwd,
  env,
})

/**
 * Strapi's server without its admin panel, compiled from the cms's sources
 * (no `strapi build` needed): what the journeys run so that commerce has a
 * media library. It stops on SIGTERM like `strapi start`.
 */
const HEADLESS_CMS = `
const { compileStrapi, createStrapi } = require("@strapi/strapi");
(async () => {
  const app = createStrapi({ ...(await compileStrapi()), serveAdminPanel: false });
  await app.start();
  process.on("SIGTERM", () => app.destroy().then(() => process.exit(0), () => process.exit(1)));
})().catch((error) => { console.error(error); process.exit(1); });
`

export const commands = {
  commerceMigrate: (env: NodeJS.ProcessEnv) =>
    ({ name: "commerce migrations", command: "npx", args: ["medusa", "db:migrate"], cwd: workspace("commerce"), env }) as CommandSpec,
  commerceSeed: (env: NodeJS.ProcessEnv) => npm("commerce seed", workspace("commerce"), ["seed"], env),
  cms: (env: NodeJS.ProcessEnv) => npm("cms", workspace("cms"), ["start"], env),
  /** The cms's API alone, without building or serving its admin panel (the browser journeys'). */
  headlessCms: (env: NodeJS.ProcessEnv): CommandSpec => ({
    name: "cms",
    command: process.execPath,
    args: [path.join(workspace("cms"), "scripts", "start-headless.js")],
    cwd: workspace("cms"),
    env,
  }),
  commerce: (env: NodeJS.ProcessEnv) => npm("commerce", workspace("commerce"), ["start"], env),
  admin: (env: NodeJS.ProcessEnv, port: number) =>
    npm("admin", workspace("admin"), ["start", "--", "--port", String(port), "--strictPort", "--host", "127.0.0.1"], env),
  storefront: (env: NodeJS.ProcessEnv, port: number) =>
    npm("storefront", workspace("storefront"), ["start", "--", "-p", String(port), "-H", "127.0.0.1"], env),
}
