/**
 * The storefront bench's verdict: median Lighthouse scores per page against the
 * issue's targets, the home page's first-load JavaScript, and the audits that
 * cost points. A missed target is marked, never fatal.
 */
import { median, spread, type Spread } from "./interleaved"
import { CATEGORIES, METRICS, type Category, type LighthouseRun, type Metric, type Shortfall } from "./lighthouse"

/** Scores out of 100; JavaScript in kB of 1,000 bytes, gzip as served. SEO is reported without a target. */
export const TARGETS: Partial<Record<Category, number>> & { homeJsKb: number } = {
  performance: 90,
  accessibility: 95,
  "best-practices": 95,
  homeJsKb: 150,
}

const LABELS: Record<Category, string> = {
  performance: "performance",
  accessibility: "accessibility",
  "best-practices": "best practices",
  seo: "seo",
}

export interface PageFigures {
  path: string
  runs: LighthouseRun[]
}

export interface ScriptFigures {
  /** Encoding per script URL, as the storefront answers `accept-encoding: gzip`. */
  encodings: Record<string, string>
}

const kb = (bytes: number) => bytes / 1000

/** What the JSON result and the table are both made from. */
export function summarise(pages: PageFigures[], scripts: ScriptFigures) {
  const summaries = pages.map((page) => {
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, spread(page.runs.map((r) => r.scores[c]))])) as Record<Category, Spread>
    const metrics = Object.fromEntries(Object.keys(METRICS).map((m) => [m, median(page.runs.map((r) => r.metrics[m as Metric]))])) as Record<Metric, number>
    // Audits that fell short in most runs: one unlucky run is noise.
    const counts = new Map<string, { shortfall: Shortfall; runs: number }>()
    for (const run of page.runs) {
      for (const shortfall of run.shortfalls) {
        const key = `${shortfall.category}/${shortfall.id}`
        counts.set(key, { shortfall: counts.get(key)?.shortfall ?? shortfall, runs: (counts.get(key)?.runs ?? 0) + 1 })
      }
    }
    const shortfalls = [...counts.values()].filter((c) => c.runs * 2 > page.runs.length).map((c) => c.shortfall)
    const missed = CATEGORIES.filter((c) => TARGETS[c] !== undefined && scores[c].median < TARGETS[c]!)
    return { path: page.path, runs: page.runs.length, scores, metrics, shortfalls, missed }
  })
  const home = pages.find((p) => p.path === "/")
  const homeRuns = home?.runs ?? []
  const homeJs = homeRuns.length === 0 ? undefined : (() => {
    const files = homeRuns[0].scripts.map((s) => ({ ...s, encoding: scripts.encodings[s.url] ?? "unknown" }))
    const transferBytes = median(homeRuns.map((r) => r.scripts.reduce((sum, s) => sum + s.transferSize, 0)))
    return {
      transferBytes,
      resourceBytes: files.reduce((sum, s) => sum + s.resourceSize, 0),
      allGzip: files.every((f) => f.encoding === "gzip"),
      met: kb(transferBytes) <= TARGETS.homeJsKb,
      files,
    }
  })()
  // Audits Lighthouse could not run: with weight they make a score wrong (the bench fails), without they only go unseen.
  const errored = new Map(pages.flatMap((p) => p.runs.flatMap((r) => r.errored.map((e) => [`${e.category}/${e.id}`, e] as const))))
  const broken = [...errored.values()].filter((e) => e.weight > 0).map((e) => `Lighthouse could not run ${e.id}, which weighs in ${e.category}: ${e.message}`)
  const benchmarkIndex = median(pages.flatMap((p) => p.runs.map((r) => r.benchmarkIndex)))
  const missed = [
    ...summaries.flatMap((s) => s.missed.map((c) => `${s.path} ${LABELS[c]}`)),
    ...(homeJs && !homeJs.met ? ["/ first-load JavaScript"] : []),
  ]
  return { targets: TARGETS, pages: summaries, homeJs, missed, benchmarkIndex, erroredAudits: [...errored.keys()], broken }
}

export type Summary = ReturnType<typeof summarise>

const PAGE = 34
const CELL = 16
const mark = (met: boolean) => (met ? " ✓" : " ✗")

export function storefrontReport(summary: Summary, setup: { runs: number; lighthouseVersion: string; browser: string }): string {
  const head = (cells: string[]) => cells.map((c) => c.padEnd(CELL)).join("")
  const scoreCell = (category: Category, s: Spread) => {
    const target = TARGETS[category]
    const range = setup.runs > 1 && s.min !== s.max ? ` (${s.min}–${s.max})` : ""
    return `${s.median}${target === undefined ? "" : mark(s.median >= target)}${range}`
  }
  const rows = summary.pages.map((page) => `${page.path.padEnd(PAGE)}${head(CATEGORIES.map((c) => scoreCell(c, page.scores[c])))}`)
  const js = summary.homeJs
  const jsLines = js
    ? [
        `${"first-load JavaScript of /".padEnd(PAGE)}${`${kb(js.transferBytes).toFixed(1)} kB${mark(js.met)}`.padEnd(CELL)}target ≤ ${TARGETS.homeJsKb} kB`,
        `  ${js.files.length} scripts, gzip transfer size as loaded (kB = 1,000 bytes); ${kb(js.resourceBytes).toFixed(1)} kB uncompressed;` +
          (js.allGzip ? " every one served gzip" : ` served as ${[...new Set(js.files.map((f) => f.encoding))].join(", ")}`),
      ]
    : []
  const metricLines = summary.pages.map(
    (page) => `  ${page.path.padEnd(PAGE - 2)}${Object.entries(METRICS).map(([id, name]) => `${name} ${formatMetric(id as Metric, page.metrics[id as Metric])}`).join("   ")}`,
  )
  const shortfallLines = summary.pages.flatMap((page) =>
    page.shortfalls.length > 0
      ? [
          `  ${page.path}:`,
          ...page.shortfalls.map((s) => `    ${LABELS[s.category].padEnd(15)} ${s.title}${s.displayValue ? ` — ${s.displayValue}` : ""} (score ${s.score.toFixed(2)})`),
        ]
      : [],
  )
  return [
    "",
    `Lighthouse ${setup.lighthouseVersion}, mobile profile (simulated slow 4G, 4× CPU slowdown), chromium ${setup.browser}; median of ${setup.runs} run${setup.runs === 1 ? "" : "s"} a page${setup.runs > 1 ? ", (min–max)" : ""}`,
    `the machine's Lighthouse benchmark index, median: ${Math.round(summary.benchmarkIndex)} (lower means a busier or slower machine, and noisier performance scores)`,
    "",
    `${"page".padEnd(PAGE)}${head(CATEGORIES.map((c) => LABELS[c]))}`,
    `${"target".padEnd(PAGE)}${head(CATEGORIES.map((c) => (TARGETS[c] === undefined ? "–" : `≥ ${TARGETS[c]}`)))}`,
    ...rows,
    "",
    ...jsLines,
    "",
    "metrics (median, simulated):",
    ...metricLines,
    ...(shortfallLines.length > 0 ? ["", "audits that cost points (in most runs):", ...shortfallLines] : []),
    ...(summary.erroredAudits.length > 0 ? ["", `audits this Lighthouse could not run on this chromium: ${summary.erroredAudits.join(", ")}`] : []),
    "",
    summary.missed.length === 0 ? "every target met" : `targets missed: ${summary.missed.join(", ")}`,
    "",
  ].join("\n")
}

function formatMetric(id: Metric, value: number): string {
  if (Number.isNaN(value)) return "–"
  if (id === "cumulative-layout-shift") return value.toFixed(3)
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`
}
