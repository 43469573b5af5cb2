/** `npm run build`: rebuilds every artifact `npm start` serves, whether or not it looks current. */
import path from "node:path"
import { adminEnv, cmsEnv, PORT_DEFAULTS } from "./lib/apps"
import { builds, markBuilt } from "./lib/builds"
import { runLogged } from "./lib/children"
import { runMain } from "./lib/main"
import { DATA_DIR } from "./lib/paths"
import { loadSecrets } from "./lib/secrets"
import { portFromEnv } from "./lib/ports"
import { step } from "./lib/progress"

runMain(async () => {
  const env = process.env
  const ports = Object.fromEntries(
    Object.entries(PORT_DEFAULTS).map(([app, d]) => [app, portFromEnv(env, d.envName, d.port, d.service).port]),
  ) as never
  // The cms build loads its configuration; no database is touched.
  const cms = cmsEnv(env, ports, "postgres://localhost/unused", loadSecrets(env, DATA_DIR))
  for (const build of builds({ env: { ...env }, cmsEnv: cms, adminEnv: adminEnv(env, ports) })) {
    const log = path.join(DATA_DIR, "logs", `build-${build.name.replace(/ /g, "-")}.log`)
    await step(`Building ${build.name}`, () => runLogged(build.spec, log))
    markBuilt(build)
  }
})
