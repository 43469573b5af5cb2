/**
 * Starts the cms without its admin panel (nothing to build first): its
 * TypeScript compiled into `dist`, then Strapi on HOST:PORT from the
 * environment. For tests and the browser journeys, where only the API is
 * called. Stops cleanly on SIGTERM.
 */
const { compileStrapi, createStrapi } = require("@strapi/strapi")

;(async () => {
  const app = createStrapi({ ...(await compileStrapi()), serveAdminPanel: false })
  await app.start()
  process.on("SIGTERM", () => app.destroy().then(() => process.exit(0), () => process.exit(1)))
})().catch((error) => {
  console.error(error)
  process.exit(1)
})
