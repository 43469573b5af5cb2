import fs from "node:fs"
import path from "node:path"
import type { CommandSpec } from "./children"
import { workspace } from "./paths"

export interface Build {
  name: string
  /** A file that exists once the build has run. */
  output: string
  /** The folder whose files, when newer than the output, make the build stale. */
  sources: string
  /** Folders inside `sources` that the build does not read (tests beside the code). */
  notSources?: string[]
  /** Values baked into the output; a change means the build is stale. */
  bakedIn: Record<string, string | undefined>
  spec: CommandSpec
}

export interface BuildEnvironments {
  env: NodeJS.ProcessEnv
  /** Strapi loads its configuration, secrets included, while it builds. */
  cmsEnv: NodeJS.ProcessEnv
  /** Vite bakes the commerce URL into the bundle. */
  adminEnv: NodeJS.ProcessEnv
}

const npmBuild = (name: string, dir: string, childEnv: NodeJS.ProcessEnv): CommandSpec => ({
  name: `${name} build`,
  command: "npm",
  args: ["run", "--silent", "build"],
  cwd: dir,
  env: childEnv,
})

/** Our Medusa plugins in build order, each after the plugins it imports, with a file of each build under `.medusa/server/src`. */
export const PLUGINS = [
  ["appointments", path.join("modules", "appointment", "index.js")],
  ["recommendations", path.join("modules", "taste", "index.js")],
  ["china-payments", "config.js"],
  ["dispatch", path.join("modules", "dispatch", "index.js")],
  ["accounts", path.join("modules", "sign-in-code", "index.js")],
  ["studios", path.join("modules", "merchant", "index.js")],
  ["money", path.join("modules", "money", "index.js")],
  ["trust", path.join("modules", "review", "index.js")],
  ["notifications", path.join("modules", "notification-outbox", "index.js")],
  ["content", path.join("modules", "content", "index.js")],
  ["training", path.join("modules", "training", "index.js")],
] as const

export type PluginName = (typeof PLUGINS)[number][0]

/** booking-core, then every plugin (`medusa plugin:build`): the code commerce loads. */
export function codeBuilds(env: NodeJS.ProcessEnv): Build[] {
  const bookingCore: Build = {
    name: "booking-core",
    sources: workspace("plugins/booking-core"),
    output: path.join(workspace("plugins/booking-core"), "dist", "index.js"),
    bakedIn: {},
    spec: npmBuild("booking-core", workspace("plugins/booking-core"), env),
  }
  const plugins = PLUGINS.map(([name, output]): Build => ({
    name: `${name} plugin`,
    sources: workspace(`plugins/${name}`),
    output: path.join(workspace(`plugins/${name}`), ".medusa", "server", "src", output),
    bakedIn: {},
    spec: npmBuild(`${name} plugin`, workspace(`plugins/${name}`), env),
  }))
  return [bookingCore, ...plugins]
}

export const storefrontBuild = (env: NodeJS.ProcessEnv): Build => ({
  name: "storefront",
  sources: workspace("storefront"),
  notSources: ["journeys"],
  output: path.join(workspace("storefront"), ".next", "BUILD_ID"),
  bakedIn: {},
  spec: npmBuild("storefront", workspace("storefront"), { ...env, NODE_ENV: "production" }),
})

/** Everything `npm start` serves, in dependency order. */
export function builds(env: BuildEnvironments): Build[] {
  return [
    ...codeBuilds(env.env),
    {
      name: "cms admin panel",
      sources: workspace("cms"),
      output: path.join(workspace("cms"), "dist", "build", "index.html"),
      bakedIn: {},
      spec: npmBuild("cms", workspace("cms"), { ...env.cmsEnv, NODE_ENV: "production" }),
    },
    {
      name: "admin",
      sources: workspace("admin"),
      output: path.join(workspace("admin"), "dist", "index.html"),
      bakedIn: { VITE_MEDUSA_URL: env.adminEnv.VITE_MEDUSA_URL, VITE_MAP_TILE_URL: env.adminEnv.VITE_MAP_TILE_URL },
      spec: npmBuild("admin", workspace("admin"), env.adminEnv),
    },
    storefrontBuild(env.env),
  ]
}

const stampFile = (build: Build) => `${build.output}.doorstep-stamp.json`

/** What installs, builds and running apps write inside a workspace: never a reason to rebuild. */
const GENERATED = new Set([
  "node_modules", "dist", "build", ".next", ".next-dev", ".medusa", ".cache", ".strapi", ".tmp", "coverage", "uploads",
  ".strapi-updater.json", "next-env.d.ts", "tsconfig.tsbuildinfo",
])

/** The newest modification time of the sources, skipping what builds and installs write. */
function newestSource(dir: string, skip: ReadonlySet<string> = new Set()): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (GENERATED.has(entry.name) || skip.has(path.join(dir, entry.name))) continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full, skip) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** Built, with the same baked-in values, and no source changed since. */
export function isCurrent(build: Build): boolean {
  if (!fs.existsSync(build.output) || !fs.existsSync(stampFile(build))) return false
  if (fs.readFileSync(stampFile(build), "utf8") !== JSON.stringify(build.bakedIn)) return false
  const skip = new Set((build.notSources ?? []).map((name) => path.join(build.sources, name)))
  return newestSource(build.sources, skip) <= fs.statSync(stampFile(build)).mtimeMs
}

export function markBuilt(build: Build): void {
  fs.writeFileSync(stampFile(build), JSON.stringify(build.bakedIn))
}
