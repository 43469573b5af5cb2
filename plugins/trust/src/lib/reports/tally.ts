import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { studioNames } from "@doorstep/appointments/lib/studio-names"
import type { ReportPeriod } from "./period"
import type { ReportScope } from "./scope"

export const GROUPS = ["day", "service", "beautician", "studio"] as const
export type GroupBy = (typeof GROUPS)[number]

/** What a row's figures are about: its local day, service, beautician and studio, as far as known. */
export interface Facts {
  day: string
  variant_id?: string | null
  beautician_id?: string | null
  merchant_handle?: string | null
}

/** One row of a report: what it is about, then its figures (fen, counts, minutes, or 0–1 shares; null when there is nothing to divide by). */
export type ReportRow = { key: string; label: string } & Record<string, string | number | null>

const UNKNOWN = "unknown"

/**
 * Sums a report's counts by the group asked for. Shares are derived from
 * the summed counts, in rows and totals alike (never averaged), so the totals
 * are exactly what the rows add up to.
 */
export class Tally<Count extends string> {
  private readonly sums = new Map<string, Record<Count, number>>()

  constructor(
    private readonly group: GroupBy,
    private readonly counts: readonly Count[],
    private readonly scope: ReportScope,
  ) {}

  private studioOfBeautician = new Map<string, string>()

  private keyOf(facts: Facts): string {
    switch (this.group) {
      case "day":
        return facts.day
      case "service":
        return facts.variant_id ?? UNKNOWN
      case "beautician":
        return facts.beautician_id ?? UNKNOWN
      case "studio": {
        if (facts.merchant_handle) return facts.merchant_handle
        if (this.studioOfBeautician.size === 0) for (const b of this.scope.beauticians) this.studioOfBeautician.set(b.id, b.merchant_handle)
        return (facts.beautician_id && this.studioOfBeautician.get(facts.beautician_id)) || UNKNOWN
      }
    }
  }

  private zero(): Record<Count, number> {
    return Object.fromEntries(this.counts.map((count) => [count, 0])) as Record<Count, number>
  }

  add(facts: Facts, figures: Partial<Record<Count, number>>): void {
    const key = this.keyOf(facts)
    const sums = this.sums.get(key) ?? this.zero()
    for (const [count, value] of Object.entries(figures) as Array<[Count, number]>) sums[count] += value
    this.sums.set(key, sums)
  }

  /** The rows (every day of the period when by day; otherwise each key with figures, by label) and their totals, each with `derive`'s shares added. */
  async rows(container: MedusaContainer, period: ReportPeriod, derive: (sums: Record<Count, number>) => Record<string, number | null>, keys?: readonly string[]) {
    const all = this.group === "day" ? period.days : [...new Set([...(keys ?? []), ...this.sums.keys()])]
    const labels = await labelsOf(container, this.group, all, this.scope)
    const row = (key: string, label: string, sums: Record<Count, number>): ReportRow => ({ key, label, ...sums, ...derive(sums) })
    const rows = all.map((key) => row(key, labels.get(key) ?? key, this.sums.get(key) ?? this.zero()))
    if (this.group !== "day") rows.sort((a, b) => a.label.localeCompare(b.label, "zh-CN") || a.key.localeCompare(b.key))
    const totals = this.zero()
    for (const sums of this.sums.values()) for (const count of this.counts) totals[count] += sums[count]
    return { rows, totals: row("total", "合计 · Total", totals) }
  }
}

/** What each key is called: the service's and option's names, the beautician's, the studio's; a day is its date. */
async function labelsOf(container: MedusaContainer, group: GroupBy, keys: readonly string[], scope: ReportScope): Promise<Map<string, string>> {
  const known = keys.filter((key) => key !== UNKNOWN)
  const labels = new Map<string, string>([[UNKNOWN, "未知 · Unknown"]])
  if (group === "beautician") for (const b of scope.beauticians) labels.set(b.id, b.display_name)
  if (known.length === 0 || group === "day" || group === "beautician") return labels
  if (group === "service") {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: known } })
    for (const variant of data as Array<{ id: string; title: string | null; product?: { title?: string | null } | null }>) {
      labels.set(variant.id, [variant.product?.title, variant.title].filter(Boolean).join(" · ") || variant.id)
    }
  } else {
    for (const [handle, name] of await studioNames(container, known)) labels.set(handle, name)
  }
  return labels
}

/** `part / whole` to three decimals; null when there is nothing to divide by. */
export const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000)
