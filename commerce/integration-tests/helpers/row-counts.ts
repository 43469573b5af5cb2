import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

/** The number of rows in each table, counting soft-deleted ones too: a write of any kind changes a count or a row's `updated_at`. */
export type RowCounts = Record<string, number>

/**
 * Exact row counts of every table of the database (Medusa's and our plugins'), in one query,
 * so a spec can prove that a refused request wrote nothing anywhere.
 */
export async function rowCounts(container: MedusaContainer): Promise<RowCounts> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const tables: string[] = (
    await pg.raw(`select "table_name" from "information_schema"."tables" where "table_schema" = 'public' and "table_type" = 'BASE TABLE' order by 1`)
  ).rows.map((row: { table_name: string }) => row.table_name)
  if (tables.length === 0) return {}
  const query = tables.map((table) => `select '${table}' as "name", count(*)::int as "rows" from "public"."${table}"`).join(" union all ")
  const { rows } = await pg.raw(query)
  return Object.fromEntries(rows.map((row: { name: string; rows: number }) => [row.name, row.rows]))
}

/** The tables whose counts differ, each as `table: before → after`; empty when nothing was written. */
export function changedTables(before: RowCounts, after: RowCounts, ignore: string[] = []): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => !ignore.includes(name)).sort()
  return names.filter((name) => before[name] !== after[name]).map((name) => `${name}: ${before[name] ?? "none"} → ${after[name] ?? "none"}`)
}
