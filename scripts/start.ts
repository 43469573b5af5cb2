/**
 * `npm start`: the whole platform on one machine, with demo data.
 * PostgreSQL (embedded unless DATABASE_URL is set) → databases → builds that are
 * missing → migrations and seed → cms, commerce, admin, storefront.
 */
import { commands, localUrl } from "./lib/apps"
import { waitForHttp } from "./lib/children"
import { runMain } from "./lib/main"
import { announce, logFile, platformServices, platformSetup, startUserApps } from "./lib/platform"
import { step } from "./lib/progress"

runMain(async () => {
  const platform = await platformSetup(process.env)
  const { ports, seed } = platform
  const services = platformServices()
  services.start(commands.commerce(platform.commerce), logFile("commerce"))
  const others = startUserApps(services, platform)
  await step("Starting cms, commerce, admin and storefront", () => Promise.all([waitForHttp(`${localUrl(ports.commerce)}/health`, 180_000), ...others]))

  announce(platform, {
    title: "Doorstep is running:",
    commerceLines: [`  commerce API ${localUrl(ports.commerce)}   publishable key ${seed.publishable_key}`],
  })
  await new Promise(() => {})
})
