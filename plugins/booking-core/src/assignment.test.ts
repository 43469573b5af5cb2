import { batchedAssignment, competingGroups, greedyAssignment, minimumCostAssignment, sparseMinimumCostAssignment, toCandidates, totalCost, type Pair } from "./assignment"

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

describe("sparseMinimumCostAssignment", () => {
  it.each([
    [3, 3],
    [4, 6],
    [6, 4],
    [5, 5],
    [2, 7],
    [7, 2],
  ])("agrees with brute force on 200 random %i×%i matrices given as candidate lists, forbidden pairs left out", (rows, columns) => {
    const next = random(rows * 1000 + columns)
    for (let trial = 0; trial < 200; trial++) {
      const cost = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => (next() < 0.3 ? Infinity : Math.round(next() * 90) - 10)),
      )
      const pairs = sparseMinimumCostAssignment(toCandidates(cost), columns)
      const best = bruteForce(cost)
      expect(isMatching(pairs)).toBe(true)
      expect(pairs.every(([r, c]) => cost[r][c] !== Infinity)).toBe(true)
      expect(pairs.length).toBe(best.matched)
      expect(totalCost(cost, pairs)).toBeCloseTo(best.total, 9)
    }
  })

  it("costs what Munkres costs on a 300×360 city, each appointment offered its 48 nearest beauticians", () => {
    // Homes and jobs on a 30 km square; whole minutes at 25 km/h with a road factor of 1.4.
    const next = random(42)
    const place = () => [next() * 30, next() * 30]
    const homes = Array.from({ length: 360 }, place)
    const jobs = Array.from({ length: 300 }, place)
    const cost = jobs.map(([x, y]) => homes.map(([hx, hy]) => Math.max(1, Math.ceil((Math.hypot(x - hx, y - hy) * 1.4 * 60) / 25))))
    const sparse = sparseMinimumCostAssignment(toCandidates(cost, 48), 360)
    expect(isMatching(sparse)).toBe(true)
    expect(sparse).toHaveLength(300)
    expect(totalCost(cost, sparse)).toBe(totalCost(cost, minimumCostAssignment(cost)))
    expect(totalCost(cost, sparse)).toBeLessThan(totalCost(cost, greedyAssignment(cost)))
  })

  it("takes a row's duplicate candidate at its cheaper cost, and handles rows without candidates", () => {
    expect(sparseMinimumCostAssignment([[[0, 9], [0, 2]], []], 1)).toEqual([[0, 0]])
    expect(sparseMinimumCostAssignment([[], []], 3)).toEqual([])
    expect(sparseMinimumCostAssignment([], 0)).toEqual([])
  })

  it("refuses a column out of range and costs that are not finite", () => {
    expect(() => sparseMinimumCostAssignment([[[2, 1]]], 2)).toThrow(RangeError)
    expect(() => sparseMinimumCostAssignment([[[0, Infinity]]], 1)).toThrow(RangeError)
    expect(() => sparseMinimumCostAssignment([[[0, Number.NaN]]], 1)).toThrow(RangeError)
  })
})

describe("batchedAssignment", () => {
  // Rows are appointments (due: offered this round), columns beauticians, costs minutes of travel.
  it.each<{ name: string; cost: number[][]; due: boolean[]; offered: Pair[] }>([
    {
      name: "a due job leaves its nearest beautician to a later job that has nobody else near",
      // Job 0 (due) is 2 min from beautician 0 and 3 from beautician 1; job 1 (next week) is 2 from beautician 0 and 40 from 1.
      cost: [
        [2, 3],
        [2, 40],
      ],
      due: [true, false],
      offered: [[0, 1]],
    },
    {
      name: "jobs not due are matched but not offered",
      cost: [
        [1, 9],
        [9, 1],
      ],
      due: [false, false],
      offered: [],
    },
    {
      name: "every job due: the exact optimum, all offered",
      cost: [
        [1, 2],
        [3, 100],
      ],
      due: [true, true],
      offered: [
        [0, 1],
        [1, 0],
      ],
    },
    {
      name: "a due job nobody can serve is not offered; the others are",
      cost: [
        [Infinity, Infinity],
        [4, 6],
        [5, 1],
      ],
      due: [true, true, false],
      offered: [[1, 0]],
    },
    {
      name: "more due jobs than beauticians: the cheapest set of them is offered",
      cost: [[7], [3], [5]],
      due: [true, true, true],
      offered: [[1, 0]],
    },
  ])("$name", ({ cost, due, offered }) => {
    expect(batchedAssignment(toCandidates(cost), cost[0].length, due)).toEqual(offered)
  })

  it("costs the due jobs more than nearest-first would, and all jobs together less", () => {
    // Job 0 is due now; jobs 1 and 2 come next round. Nearest-first gives job 0 beautician 0 and leaves job 2 a 30-minute trip.
    const cost = [
      [1, 2, 9],
      [9, 9, 1],
      [1, 30, 9],
    ]
    const now = batchedAssignment(toCandidates(cost), 3, [true, false, false])
    expect(now).toEqual([[0, 1]])
    const rest = minimumCostAssignment([cost[1].map((c, i) => (i === 1 ? Infinity : c)), cost[2].map((c, i) => (i === 1 ? Infinity : c))])
    const batched = totalCost(cost, now) + rest.reduce((sum, [row, column]) => sum + cost[row + 1][column], 0)
    expect(batched).toBe(4)
    expect(totalCost(cost, greedyAssignment(cost))).toBe(32)
  })

  it("wants a due flag for every row", () => {
    expect(() => batchedAssignment(toCandidates([[1], [2]]), 1, [true])).toThrow(RangeError)
  })
})

describe("competingGroups", () => {
  const HOUR = 3_600_000
  const at = (startHour: number, endHour: number) => ({ start: startHour * HOUR, end: endHour * HOUR })
  it.each<{ name: string; ranges: Array<{ start: number; end: number }>; margin: number; groups: number[][] }>([
    { name: "nothing to group", ranges: [], margin: HOUR, groups: [] },
    { name: "two jobs at once compete", ranges: [at(10, 12), at(11, 13)], margin: 0, groups: [[0, 1]] },
    { name: "jobs a day apart do not", ranges: [at(34, 36), at(10, 12)], margin: 2 * HOUR, groups: [[1], [0]] },
    { name: "the margin joins jobs too close to travel between", ranges: [at(10, 12), at(13, 14)], margin: HOUR, groups: [[0, 1]] },
    { name: "exactly twice the margin apart: free to do both", ranges: [at(10, 12), at(14, 15)], margin: HOUR, groups: [[0], [1]] },
    { name: "a chain of overlaps is one group; a long job reaches past a short one", ranges: [at(9, 17), at(10, 11), at(16, 18), at(20, 21)], margin: 0, groups: [[0, 1, 2], [3]] },
  ])("$name", ({ ranges, margin, groups }) => {
    expect(competingGroups(ranges, margin)).toEqual(groups)
  })
})
