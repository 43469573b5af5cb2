import { greedyAssignment, minimumCostAssignment, totalCost, type Pair } from "./assignment"

/** Every matching that matches as many rows as possible, by trying them all. */
function bruteForce(cost: number[][]): { matched: number; total: number } {
  let best = { matched: -1, total: Infinity }
  const columns = cost[0]?.length ?? 0
  const walk = (row: number, used: Set<number>, matched: number, total: number) => {
    if (row === cost.length) {
      if (matched > best.matched || (matched === best.matched && total < best.total - 1e-9)) best = { matched, total }
      return
    }
    walk(row + 1, used, matched, total) // this row stays unmatched
    for (let column = 0; column < columns; column++) {
      if (used.has(column) || cost[row][column] === Infinity) continue
      used.add(column)
      walk(row + 1, used, matched + 1, total + cost[row][column])
      used.delete(column)
    }
  }
  walk(0, new Set(), 0, 0)
  return best
}

/** A small deterministic pseudo-random source, so a failure can be replayed. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

const isMatching = (pairs: Pair[]) => new Set(pairs.map((p) => p[0])).size === pairs.length && new Set(pairs.map((p) => p[1])).size === pairs.length

describe("minimumCostAssignment", () => {
  it("finds the optimum that nearest-first misses", () => {
    // Job 0 takes beautician 0 greedily (1 min), leaving job 1 a 100-minute trip; the optimum costs 2 + 3.
    const cost = [
      [1, 2],
      [3, 100],
    ]
    expect(totalCost(cost, greedyAssignment(cost))).toBe(101)
    expect(minimumCostAssignment(cost)).toEqual([
      [0, 1],
      [1, 0],
    ])
  })

  it.each([
    [3, 3],
    [4, 6],
    [6, 4],
    [5, 5],
    [2, 7],
  ])("agrees with brute force on 200 random %i×%i matrices, forbidden pairs included", (rows, columns) => {
    const next = random(rows * 100 + columns)
    for (let trial = 0; trial < 200; trial++) {
      const cost = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => (next() < 0.2 ? Infinity : Math.round(next() * 90) - 10)),
      )
      const pairs = minimumCostAssignment(cost)
      const best = bruteForce(cost)
      expect(isMatching(pairs)).toBe(true)
      expect(pairs.every(([r, c]) => cost[r][c] !== Infinity)).toBe(true)
      expect(pairs.length).toBe(best.matched)
      expect(totalCost(cost, pairs)).toBeCloseTo(best.total, 9)
    }
  })

  it("leaves a row unmatched when every pair of it is forbidden, and handles empty input", () => {
    expect(minimumCostAssignment([[Infinity, Infinity], [5, 1]])).toEqual([[1, 1]])
    expect(minimumCostAssignment([[Infinity]])).toEqual([])
    expect(minimumCostAssignment([])).toEqual([])
  })

  it("refuses a ragged matrix and costs that are not numbers", () => {
    expect(() => minimumCostAssignment([[1, 2], [3]])).toThrow(RangeError)
    expect(() => minimumCostAssignment([[Number.NaN]])).toThrow(RangeError)
  })
})
