const { execFileSync } = require("node:child_process")
const path = require("node:path")
const { Client } = require("pg")

/**
 * Migrates and seeds one database for the whole run; each spec file's database is then a
 * copy of it (see setup.js) instead of being migrated and seeded from nothing, which took
 * about 30 s a file.
 */
const credentials = () => ({
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
  database: "postgres",
})

async function onServer(sql) {
  const client = new Client(credentials())
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

module.exports = async function migrateOnce() {
  const name = `doorstep-migrated-${process.pid}`
  const { host, port, user, password } = credentials()
  await onServer(`drop database if exists "${name}"`)
  await onServer(`create database "${name}"`)
  const url = `postgres://${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ""}@${host}:${port}/${name}`
  const started = Date.now()
  const medusa = (...args) =>
    execFileSync(process.execPath, [require.resolve("@medusajs/cli/cli.js"), ...args], {
      cwd: path.resolve(__dirname, ".."),
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "test" },
      stdio: ["ignore", "ignore", "inherit"],
    })
  medusa("db:migrate")
  // The demo store every spec starts from (prepareBooking seeds it again, finding it all there).
  medusa("exec", "./src/scripts/seed.ts")
  process.env.DOORSTEP_MIGRATED_DATABASE = name
  process.stdout.write(`\nMigrated and seeded ${name} once for every spec file in ${((Date.now() - started) / 1000).toFixed(1)}s\n`)
}

module.exports.dropMigrated = async function dropMigrated() {
  if (process.env.DOORSTEP_MIGRATED_DATABASE) await onServer(`drop database if exists "${process.env.DOORSTEP_MIGRATED_DATABASE}" with (force)`)
}
