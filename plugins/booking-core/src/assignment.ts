import { munkres } from "munkres"
import type { TimeRange } from "./time-range"

/** A pair of row (an appointment) and column (a beautician) that may be matched. */
export type Pair = [row: number, column: number]

/**
 * Matches rows to columns, each at most once, at least total cost, by the
 * Hungarian (Munkres) algorithm: exact, for rectangular matrices either way.
 * A cost of `Infinity` means "never this pair". As many rows as can be are
 * matched; among all such matchings, the cheapest is returned. Unmatched rows
 * are simply absent from the answer.
 */
export function minimumCostAssignment(cost: readonly (readonly number[])[]): Pair[] {
  const rows = cost.length
  const columns = rows === 0 ? 0 : cost[0].length
  if (rows === 0 || columns === 0) return []
  let least = Infinity
  let most = -Infinity
  for (const row of cost) {
    if (row.length !== columns) throw new RangeError("Every row needs the same number of columns")
    for (const value of row) {
      if (Number.isNaN(value) || value === -Infinity) throw new RangeError("Costs are numbers or Infinity")
      if (value === Infinity) continue
      if (value < least) least = value
      if (value > most) most = value
    }
  }
  if (least === Infinity) return []
  // Costs shifted to start at 0; a forbidden pair costs more than any whole matching of allowed ones,
  // so the solver first uses as few of them as it can, then the cheapest allowed pairs.
  const forbidden = (most - least + 1) * (Math.min(rows, columns) + 1)
  const shifted = cost.map((row) => row.map((value) => (value === Infinity ? forbidden : value - least)))
  return munkres(shifted)
    .filter(([row, column]) => cost[row][column] !== Infinity)
    .sort((a, b) => a[0] - b[0]) as Pair[]
}

/** The total cost of a matching. */
export const totalCost = (cost: readonly (readonly number[])[], pairs: readonly Pair[]) => pairs.reduce((sum, [row, column]) => sum + cost[row][column], 0)

/** A column a row may be matched to (a beautician an appointment may go to), and at what finite cost. */
export type Candidate = readonly [column: number, cost: number]

/**
 * Each row's finite entries as candidates, cheapest first (ties by column),
 * at most `limit` of them: the sparse form `sparseMinimumCostAssignment` reads.
 */
export function toCandidates(cost: readonly (readonly number[])[], limit = Infinity): Candidate[][] {
  return cost.map((row) =>
    row
      .map((value, column) => [column, value] as const)
      .filter(([, value]) => value !== Infinity)
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, limit),
  )
}

/** A binary min-heap of (key, column), for Dijkstra's search; stale entries are skipped by the caller. */
class ColumnHeap {
  private keys = new Float64Array(64)
  private columns = new Int32Array(64)
  size = 0
  /** The key of the entry `pop` returned last. */
  poppedKey = 0

  push(key: number, column: number) {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2)
      keys.set(this.keys)
      this.keys = keys
      const columns = new Int32Array(this.size * 2)
      columns.set(this.columns)
      this.columns = columns
    }
    let at = this.size++
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (this.keys[parent] <= key) break
      this.keys[at] = this.keys[parent]
      this.columns[at] = this.columns[parent]
      at = parent
    }
    this.keys[at] = key
    this.columns[at] = column
  }

  pop(): number {
    const column = this.columns[0]
    this.poppedKey = this.keys[0]
    const key = this.keys[--this.size]
    const last = this.columns[this.size]
    let at = 0
    for (;;) {
      let child = 2 * at + 1
      if (child >= this.size) break
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++
      if (this.keys[child] >= key) break
      this.keys[at] = this.keys[child]
      this.columns[at] = this.columns[child]
      at = child
    }
    this.keys[at] = key
    this.columns[at] = last
    return column
  }
}

/**
 * The same answer as `minimumCostAssignment` — as many rows matched as can
 * be, then the least total cost, each column at most once — for rows that
 * each name only their own candidates (an appointment's nearest beauticians),
 * so a city's thousand appointments solve in milliseconds. Exact: successive
 * shortest augmenting paths (Dijkstra over reduced costs, with the dual
 * updates of Crouse's shortest-augmenting-path method, as in SciPy's
 * `linear_sum_assignment`), where each row also has a private "unmatched"
 * column costing more than any whole matching of real ones.
 */
export function sparseMinimumCostAssignment(candidates: readonly (readonly Candidate[])[], columns: number): Pair[] {
  if (!Number.isInteger(columns) || columns < 0) throw new RangeError("The number of columns is a whole number")
  const rows = candidates.length
  let least = Infinity
  let most = -Infinity
  for (const row of candidates) {
    for (const [column, value] of row) {
      if (!Number.isInteger(column) || column < 0 || column >= columns) throw new RangeError(`Column ${column} is not one of the ${columns}`)
      if (!Number.isFinite(value)) throw new RangeError("Candidates' costs are finite numbers")
      if (value < least) least = value
      if (value > most) most = value
    }
  }
  if (least === Infinity) return []
  // Costs shifted to start at 0, so reduced costs start non-negative.
  const unmatched = (most - least + 1) * (Math.min(rows, columns) + 1)
  const all = columns + rows // the real columns, then each row's private one
  const u = new Float64Array(rows)
  const v = new Float64Array(all)
  const distance = new Float64Array(all).fill(Infinity)
  const path = new Int32Array(all).fill(-1)
  const rowOf = new Int32Array(all).fill(-1)
  const columnOf = new Int32Array(rows).fill(-1)
  const settled = new Uint8Array(all)
  const reached: number[] = []
  const scanned: number[] = []
  const heap = new ColumnHeap()
  for (let start = 0; start < rows; start++) {
    heap.size = 0
    reached.length = 0
    scanned.length = 0
    let row = start
    let base = 0
    let sink = -1
    for (;;) {
      scanned.push(row)
      const relax = (column: number, value: number) => {
        const reduced = base + value - u[row] - v[column]
        if (reduced < distance[column]) {
          if (distance[column] === Infinity) reached.push(column)
          distance[column] = reduced
          path[column] = row
          heap.push(reduced, column)
        }
      }
      for (const [column, value] of candidates[row]) if (!settled[column]) relax(column, value - least)
      if (!settled[columns + row]) relax(columns + row, unmatched)
      // The start row's private column is always reachable, so the heap never runs dry first.
      let next = -1
      while (next < 0) {
        const column = heap.pop()
        if (!settled[column] && heap.poppedKey === distance[column]) next = column
      }
      settled[next] = 1
      base = distance[next]
      if (rowOf[next] === -1) {
        sink = next
        break
      }
      row = rowOf[next]
    }
    // Dual updates keep every reduced cost non-negative and the matched pairs' zero.
    u[start] += base
    for (const r of scanned) if (r !== start) u[r] += base - distance[columnOf[r]]
    for (const column of reached) {
      if (settled[column]) v[column] -= base - distance[column]
      distance[column] = Infinity
      settled[column] = 0
    }
    for (let column = sink; ; ) {
      const r = path[column]
      rowOf[column] = r
      const previous = columnOf[r]
      columnOf[r] = column
      column = previous
      if (r === start) break
    }
  }
  const pairs: Pair[] = []
  for (let row = 0; row < rows; row++) if (columnOf[row] < columns) pairs.push([row, columnOf[row]])
  return pairs
}

/**
 * One round of the batched assignment, as the dispatch job runs it every few
 * minutes and `npm run bench:dispatch` measures it: every appointment known
 * and not yet offered (a row, with its candidate beauticians among the
 * `columns` still free) is matched exactly, at the least total cost, but only
 * the appointments that are `due` (their offer cannot wait for another round)
 * are returned, to be offered now. The others are only tentatively matched:
 * they keep their beauticians out of the due ones' reach when that is cheaper
 * overall, and are matched again next round together with the bookings that
 * arrive meanwhile. Offering every match at once instead (`due` all true)
 * commits each round's appointments without regard to the next round's,
 * which on the benchmark is barely better than nearest-first.
 */
export function batchedAssignment(candidates: readonly (readonly Candidate[])[], columns: number, due: readonly boolean[]): Pair[] {
  if (due.length !== candidates.length) throw new RangeError("Every row needs a due flag")
  if (!due.some(Boolean)) return []
  return sparseMinimumCostAssignment(candidates, columns).filter(([row]) => due[row])
}

/**
 * Appointments that may compete for the same beautician, in groups: those
 * whose ranges, widened by `marginMs` on both sides (time to travel between
 * two jobs), overlap one another in a chain. One round of the batched
 * assignment gives each beautician one job per group; jobs in different
 * groups never stand in each other's way (a beautician can do both), so a
 * job next week, matched but not yet offered, does not keep a beautician
 * from a job tomorrow. Groups are in time order, each listing its indices
 * ascending.
 */
export function competingGroups(ranges: readonly TimeRange[], marginMs: number): number[][] {
  const order = ranges.map((_, index) => index).sort((a, b) => ranges[a].start - ranges[b].start || a - b)
  const groups: number[][] = []
  let reach = -Infinity
  for (const index of order) {
    const { start, end } = ranges[index]
    if (groups.length === 0 || start - marginMs >= reach) groups.push([])
    groups[groups.length - 1].push(index)
    reach = Math.max(reach, end + marginMs)
  }
  return groups.map((group) => group.sort((a, b) => a - b))
}

/**
 * Nearest first, the way a dispatcher without a solver works: each row in turn
 * takes the cheapest column still free. The baseline the batched assignment is
 * measured against.
 */
export function greedyAssignment(cost: readonly (readonly number[])[]): Pair[] {
  const taken = new Set<number>()
  const pairs: Pair[] = []
  cost.forEach((row, index) => {
    let best = -1
    for (let column = 0; column < row.length; column++) {
      if (!taken.has(column) && row[column] !== Infinity && (best < 0 || row[column] < row[best])) best = column
    }
    if (best >= 0) {
      taken.add(best)
      pairs.push([index, best])
    }
  })
  return pairs
}
