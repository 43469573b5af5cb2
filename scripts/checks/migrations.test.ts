import fs from "node:fs"
import path from "node:path"
import { ROOT } from "../lib/paths"

/**
 * Medusa keeps one table of the migrations it ran, for every module, keyed by
 * the migration's name: a second module's migration of the same name is
 * taken as run and never is — its tables silently missing. So every name is
 * unique across our plugins.
 */
describe("plugins' migrations", () => {
  it("have names no other module uses", () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    const plugins = path.join(ROOT, "plugins")
    for (const plugin of fs.readdirSync(plugins)) {
      const modules = path.join(plugins, plugin, "src", "modules")
      if (!fs.existsSync(modules)) continue
      for (const module of fs.readdirSync(modules)) {
        const migrations = path.join(modules, module, "migrations")
        if (!fs.existsSync(migrations)) continue
        for (const file of fs.readdirSync(migrations).filter((name) => /^Migration\d+\.ts$/.test(name))) {
          const where = `${plugin}/${module}`
          const other = seen.get(file)
          if (other) clashes.push(`${file}: ${other} and ${where}`)
          else seen.set(file, where)
        }
      }
    }
    expect(seen.size).toBeGreaterThan(10)
    expect(clashes).toEqual([])
  })
})
