const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
const runnerWaits = require("@medusajs/test-utils/dist/medusa-test-runner-utils/wait-workflow-executions")
const { Modules } = require("@medusajs/framework/utils")

MetadataStorage.clear()

/**
 * Medusa's test runner waits after each test until no workflow is running. A
 * dispatch run is a stored long-running workflow that waits for a beautician
 * for as long as it takes; parked at that wait it is idle, so the wait here
 * passes over it (its steps before the wait are still waited for). What
 * "parked" means is the dispatch plugin's own (it defines no workflow, so it
 * can load before the app).
 */
const { dispatchAppointmentWorkflowId, parkedAtWait } = require("@doorstep/dispatch/workflows/dispatch-wait")
runnerWaits.waitWorkflowExecutions = async function waitWorkflowExecutions(container) {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE, { allowUnregistered: true })
  if (!engine) return
  const parked = (run) => run.workflow_id === dispatchAppointmentWorkflowId && parkedAtWait(run)
  const until = Date.now() + 60_000
  while (Date.now() < until) {
    const running = await engine.listWorkflowExecutions({ state: { $nin: ["not_started", "done", "reverted", "failed"] } })
    if (running.every(parked)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error("Timeout waiting for workflow executions to finish")
}

/**
 * Each spec file's database starts as a copy of the one global-setup.js migrated and seeded
 * for the whole run (`CREATE DATABASE … TEMPLATE` copies files in well under a second),
 * and Medusa's runner is told it has nothing to migrate: asking every module to check
 * takes about 10 s. setup.js runs once per spec file, whose runner makes one database.
 */
const { Client } = require("pg")
const postgresTemplates = require("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")
const runnerDatabase = require("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db")
const createEmptyDatabase = postgresTemplates.createDatabase
const migrateDatabase = runnerDatabase.migrateDatabase
let copiedFromMigrated = false

postgresTemplates.createDatabase = async function createMigratedDatabase(options, credentials) {
  const migrated = process.env.DOORSTEP_MIGRATED_DATABASE
  if (!migrated) return createEmptyDatabase(options, credentials)
  const client = new Client({ user: "postgres", database: "postgres", host: "localhost", port: 5432, ...credentials })
  await client.connect()
  try {
    await client.query(`create database "${options.databaseName.replace(/"/g, '""')}" template "${migrated}" strategy file_copy`)
  } catch (error) {
    if (options.errorIfExist || error.code !== "42P04") throw error
  } finally {
    await client.end()
  }
  copiedFromMigrated = true
}

runnerDatabase.migrateDatabase = async (appLoader) => (copiedFromMigrated ? undefined : migrateDatabase(appLoader))

/**
 * Scheduled jobs are not started: a spec runs each job's work by hand, at the
 * moment it chooses (`postEarnings(container, now)`, …). A job firing on the
 * minute in the middle of a test would do that work first, at the wall clock's
 * time, and make the test's outcome depend on when it ran.
 */
const { JobLoader } = require("@medusajs/framework/jobs")
JobLoader.prototype.load = async function loadNoJobs() {}

/** Each spec's `api` checks every answer of our routes against the OpenAPI document (contract.js). */
const runner = require("@medusajs/test-utils/dist/medusa-test-runner")
const { checkedApi } = require("./contract")
const medusaIntegrationTestRunner = runner.medusaIntegrationTestRunner
runner.medusaIntegrationTestRunner = (options) => medusaIntegrationTestRunner({ ...options, testSuite: (suite) => options.testSuite({ ...suite, api: checkedApi(suite.api) }) })

/**
 * Each spec file's database is dropped when the file ends, and knex warns once for every pooled
 * connection that ends with it ("Connection Error: Connection ended unexpectedly", "terminating
 * connection due to administrator command") — dozens of lines that bury a failure in a CI log.
 */
const log = console.log
console.log = (...args) => {
  if (typeof args[0] === "string" && args[0].includes("Connection Error: ")) return
  log(...args)
}
