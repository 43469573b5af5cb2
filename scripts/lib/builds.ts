import fs from "node:fs"
import path from "node:path"
import type { CommandSpec } from "./children"
import { workspace } from "./paths"

export interface Build {
  name: string
  /** A file that exists once the build has run. */
  output: string
  /** Values baked into the output; a change means the build is stale. */
  bakedIn: Record<string, string | undefined>
  spec: CommandSpec
}

/** Everything `npm start` needs built, in dependency order. */
export interface BuildEnvironments {
  env: NodeJS.ProcessEnv
  /** Strapi loads its configuration, secrets included, while it builds. */
  cmsEnv: NodeJS.ProcessEnv
  /** Vite bakes the commerce URL into the bundle. */
  adminEnv: NodeJS.ProcessEnv
}

export function builds(env: BuildEnvironments): Build[] {
  const run = (name: string, dir: string, childEnv: NodeJS.ProcessEnv): CommandSpec => ({
    name: `${name} build`,
    command: "npm",
    args: ["run", "--silent", "build"],
    cwd: dir,
    env: childEnv,
  })
  return [
    {
      name: "booking-core",
      output: path.join(workspace("plugins/booking-core"), "dist", "index.js"),
      bakedIn: {},
      spec: run("booking-core", workspace("plugins/booking-core"), env.env),
    },
    {
      name: "cms admin panel",
      output: path.join(workspace("cms"), "dist", "build", "index.html"),
      bakedIn: {},
      spec: run("cms", workspace("cms"), { ...env.cmsEnv, NODE_ENV: "production" }),
    },
    {
      name: "admin",
      output: path.join(workspace("admin"), "dist", "index.html"),
      bakedIn: { VITE_MEDUSA_URL: env.adminEnv.VITE_MEDUSA_URL },
      spec: run("admin", workspace("admin"), env.adminEnv),
    },
    {
      name: "storefront",
      output: path.join(workspace("storefront"), ".next", "BUILD_ID"),
      bakedIn: {},
      spec: run("storefront", workspace("storefront"), { ...env.env, NODE_ENV: "production" }),
    },
  ]
}

const stampFile = (build: Build) => `${build.output}.doorstep-stamp.json`

export function isCurrent(build: Build): boolean {
  if (!fs.existsSync(build.output)) return false
  const stamp = fs.existsSync(stampFile(build)) ? fs.readFileSync(stampFile(build), "utf8") : "{}"
  return stamp === JSON.stringify(build.bakedIn)
}

export function markBuilt(build: Build): void {
  fs.writeFileSync(stampFile(build), JSON.stringify(build.bakedIn))
}
