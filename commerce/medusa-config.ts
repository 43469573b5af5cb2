import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const isProduction = process.env.NODE_ENV === "production"

/** Secrets come from env; only development may fall back to a fixed local value. */
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]
  if (value) return value
  if (isProduction) throw new Error(`Missing required secret ${name} (commerce refuses to start in production without it).`)
  return `doorstep-development-${name.toLowerCase()}`
}

const redisUrl = process.env.REDIS_URL

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    http: {
      storeCors: process.env.STORE_CORS ?? "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS ?? "http://localhost:7001",
      authCors: process.env.AUTH_CORS ?? "http://localhost:8000,http://localhost:7001",
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  // react-admin (admin/) is the back office; Medusa's own dashboard stays off.
  admin: { disable: true },
  // Our plugins are workspace packages, built with `medusa plugin:build`.
  plugins: [{ resolve: "@doorstep/appointments", options: {} }],
  modules: redisUrl
    ? [
        { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
        { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
        { resolve: "@medusajs/medusa/locking", options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }] } },
      ]
    : [],
})
