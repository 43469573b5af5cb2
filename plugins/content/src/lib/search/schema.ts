import fs from "node:fs"
import path from "node:path"

/**
 * The content module's migrations, in order, as the SQL they run: for a
 * database of its own that only search needs (the contract suite, the bench),
 * without booting Medusa. The same relative path holds in src/ and in the build.
 */
export async function contentSchemaSql(): Promise<string[]> {
  const dir = path.join(__dirname, "../../modules/content/migrations")
  const statements: string[] = []
  for (const file of fs.readdirSync(dir).filter((name) => /^Migration\d+\.(js|ts)$/.test(name)).sort()) {
    for (const Migration of Object.values(require(path.join(dir, file))) as Array<{ prototype: { up(): Promise<void> } }>) {
      const migration = Object.assign(Object.create(Migration.prototype), { addSql: (sql: string) => statements.push(sql) })
      await migration.up()
    }
  }
  return statements
}
