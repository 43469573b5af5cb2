import { munkres } from "munkres"

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

/**
 * One round of the batched assignment, as the dispatch job runs it every few
 * minutes and `npm run bench:dispatch` measures it: every appointment known
 * and not yet offered (`cost` rows) is matched to the beauticians still free
 * (columns) exactly, at the least total cost, but only the appointments that
 * are `due` (their offer cannot wait for another round) are returned, to be
 * offered now. The others are only tentatively matched: they keep their
 * beauticians out of the due ones' reach when that is cheaper overall, and
 * are matched again next round together with the bookings that arrive
 * meanwhile. Offering every match at once instead (`due` all true) commits
 * each round's appointments without regard to the next round's, which on the
 * benchmark is barely better than nearest-first.
 */
export function batchedAssignment(cost: readonly (readonly number[])[], due: readonly boolean[]): Pair[] {
  if (due.length !== cost.length) throw new RangeError("Every row needs a due flag")
  if (!due.some(Boolean)) return []
  return minimumCostAssignment(cost).filter(([row]) => due[row])
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
