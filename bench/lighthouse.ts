/**
 * One Lighthouse run on one page: the `lighthouse` CLI (pinned, 12.2.3) on
 * Debian's chromium with its default profile, mobile with simulated throttling,
 * read back from its JSON report into the figures the storefront bench needs.
 */
import fs from "node:fs"
import path from "node:path"
import { CHROMIUM_ARGS } from "../scripts/lib/browser"
import { runToFile } from "../scripts/lib/children"
import { SetupError } from "../scripts/lib/errors"
import { ROOT } from "../scripts/lib/paths"

export const LIGHTHOUSE_CLI = path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js")
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const
export type Category = (typeof CATEGORIES)[number]

export const METRICS = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "cumulative-layout-shift": "CLS",
  "speed-index": "SI",
} as const
export type Metric = keyof typeof METRICS

/** An audit that cost its category points: what to look at when a target is missed. */
export interface Shortfall {
  category: Category
  id: string
  title: string
  score: number
  displayValue?: string
}

export interface Script {
  url: string
  /** Bytes on the wire (compressed body and headers), as the browser saw them. */
  transferSize: number
  /** Bytes once decompressed. */
  resourceSize: number
}

/** An audit Lighthouse could not run (this Lighthouse on a newer chromium): harmless without weight, a wrong score with it. */
export interface ErroredAudit {
  category: Category
  id: string
  weight: number
  message: string
}

export interface LighthouseRun {
  /** 0–100 per category. */
  scores: Record<Category, number>
  /** Milliseconds, except CLS. */
  metrics: Record<Metric, number>
  scripts: Script[]
  shortfalls: Shortfall[]
  errored: ErroredAudit[]
  warnings: string[]
  /** Lighthouse's measure of the machine's speed at the time (higher is faster): noise shows here. */
  benchmarkIndex: number
  lighthouseVersion: string
  browser: string
}

interface Audit {
  id: string
  title: string
  score: number | null
  scoreDisplayMode: string
  errorMessage?: string
  displayValue?: string
  numericValue?: number
  details?: { items?: Array<Record<string, unknown>> }
}

interface Report {
  lighthouseVersion: string
  runtimeError?: { code: string; message: string }
  runWarnings: string[]
  environment: { hostUserAgent: string; benchmarkIndex: number }
  categories: Record<Category, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>
  audits: Record<string, Audit>
}

const SCORED = new Set(["binary", "numeric", "metricSavings"])

/**
 * Audits to look at, as Lighthouse colours them: in performance every graded audit
 * below 0.9 (metrics and the opportunities that would move them); elsewhere the
 * audits that carry weight and did not pass.
 */
function shortfallsOf(report: Report): Shortfall[] {
  return CATEGORIES.flatMap((category) =>
    report.categories[category].auditRefs.flatMap(({ id, weight }) => {
      const audit = report.audits[id]
      if (!audit || audit.score === null || !SCORED.has(audit.scoreDisplayMode)) return []
      const missed = category === "performance" ? audit.score < 0.9 : weight > 0 && audit.score < 1
      if (!missed) return []
      return [{ category, id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }]
    }),
  )
}

/** Runs Lighthouse once; a run that fails or reports a runtime error is a setup error, with where to look. */
export async function runLighthouse(
  url: string,
  options: { reportFile: string; logFile: string; chromePath: string; headers?: Record<string, string> },
): Promise<LighthouseRun> {
  fs.rmSync(options.reportFile, { force: true })
  const args = [
    LIGHTHOUSE_CLI,
    url,
    "--output=json",
    `--output-path=${options.reportFile}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
    "--disable-full-page-screenshot",
    "--no-enable-error-reporting",
    "--quiet",
    // A signed-in page (the portal's) is measured with its session cookie on every request.
    ...(options.headers ? [`--extra-headers=${JSON.stringify(options.headers)}`] : []),
  ]
  const code = await runToFile({ name: "lighthouse", command: process.execPath, args, cwd: ROOT, env: { ...process.env, CHROME_PATH: options.chromePath } }, options.logFile)
  if (code !== 0 || !fs.existsSync(options.reportFile)) {
    const tail = fs.readFileSync(options.logFile, "utf8").trimEnd().split("\n").slice(-15).join("\n")
    throw new SetupError(`Lighthouse on ${url} failed (exit ${code}); last lines of ${options.logFile}:\n${tail}`)
  }
  const report = JSON.parse(fs.readFileSync(options.reportFile, "utf8")) as Report
  if (report.runtimeError) throw new SetupError(`Lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`)
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = report.categories[category].score
      if (score === null) throw new SetupError(`Lighthouse on ${url} gave ${category} no score; see ${options.reportFile}.`)
      return [category, Math.round(score * 100)]
    }),
  ) as Record<Category, number>
  const metrics = Object.fromEntries(Object.keys(METRICS).map((id) => [id, report.audits[id]?.numericValue ?? NaN])) as Record<Metric, number>
  const requests = report.audits["network-requests"]?.details?.items ?? []
  const scripts = requests
    .filter((r) => r.resourceType === "Script" && r.statusCode === 200)
    .map((r) => ({ url: String(r.url), transferSize: Number(r.transferSize), resourceSize: Number(r.resourceSize) }))
  return {
    scores,
    metrics,
    scripts,
    shortfalls: shortfallsOf(report),
    errored: CATEGORIES.flatMap((category) =>
      report.categories[category].auditRefs
        .filter(({ id }) => report.audits[id]?.scoreDisplayMode === "error")
        .map(({ id, weight }) => ({ category, id, weight, message: report.audits[id].errorMessage ?? "" })),
    ),
    warnings: report.runWarnings,
    benchmarkIndex: report.environment.benchmarkIndex,
    lighthouseVersion: report.lighthouseVersion,
    browser: /HeadlessChrome\/([\d.]+)/.exec(report.environment.hostUserAgent)?.[1] ?? report.environment.hostUserAgent,
  }
}
