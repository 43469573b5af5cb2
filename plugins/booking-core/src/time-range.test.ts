import { contains, intersect, merge, subtract, type TimeRange } from "./time-range"

const r = (start: number, end: number): TimeRange => ({ start, end })

describe("merge", () => {
  it.each<[string, TimeRange[], TimeRange[]]>([
    ["empty list", [], []],
    ["drops empty and inverted ranges", [r(5, 5), r(9, 3)], []],
    ["joins touching ranges (half-open)", [r(0, 10), r(10, 20)], [r(0, 20)]],
    ["keeps a gap of one millisecond", [r(0, 10), r(11, 20)], [r(0, 10), r(11, 20)]],
    ["sorts and swallows nested ranges", [r(30, 40), r(0, 50), r(10, 20)], [r(0, 50)]],
  ])("%s", (_, input, expected) => {
    expect(merge(input)).toEqual(expected)
  })

  it("does not mutate its input", () => {
    const input = [r(0, 10), r(5, 20)]
    merge(input)
    expect(input).toEqual([r(0, 10), r(5, 20)])
  })
})

describe("intersect", () => {
  it.each<[string, TimeRange[], TimeRange[], TimeRange[]]>([
    ["touching ranges share no instant", [r(0, 10)], [r(10, 20)], []],
    ["overlap", [r(0, 10)], [r(5, 20)], [r(5, 10)]],
    ["one range across several", [r(0, 100)], [r(10, 20), r(30, 40)], [r(10, 20), r(30, 40)]],
    ["unsorted inputs", [r(50, 60), r(0, 10)], [r(5, 55)], [r(5, 10), r(50, 55)]],
    ["nothing in common", [r(0, 10)], [], []],
  ])("%s", (_, a, b, expected) => {
    expect(intersect(a, b)).toEqual(expected)
  })
})

describe("subtract", () => {
  it.each<[string, TimeRange[], TimeRange[], TimeRange[]]>([
    ["a hole in the middle", [r(0, 100)], [r(40, 60)], [r(0, 40), r(60, 100)]],
    ["touching holes leave the range intact", [r(10, 20)], [r(0, 10), r(20, 30)], [r(10, 20)]],
    ["a hole covering everything", [r(10, 20)], [r(0, 30)], []],
    ["overlapping holes", [r(0, 100)], [r(10, 30), r(20, 40)], [r(0, 10), r(40, 100)]],
    ["one hole spanning two ranges", [r(0, 10), r(20, 30)], [r(5, 25)], [r(0, 5), r(25, 30)]],
    ["holes at both edges", [r(0, 100)], [r(0, 10), r(90, 100)], [r(10, 90)]],
  ])("%s", (_, from, remove, expected) => {
    expect(subtract(from, remove)).toEqual(expected)
  })

  it("handles thousands of ranges in linear-ish time", () => {
    const day = Array.from({ length: 5000 }, (_, i) => r(i * 100, i * 100 + 80))
    const holes = Array.from({ length: 5000 }, (_, i) => r(i * 100 + 20, i * 100 + 30))
    const free = subtract(day, holes)
    expect(free).toHaveLength(10000)
    expect(free[1]).toEqual(r(30, 80))
  })
})

describe("contains", () => {
  it.each<[string, TimeRange, boolean]>([
    ["exactly the range", r(0, 10), true],
    ["inside", r(2, 8), true],
    ["running past the end", r(5, 11), false],
    ["across a gap", r(5, 25), false],
  ])("%s", (_, inner, expected) => {
    expect(contains([r(0, 10), r(20, 30)], inner)).toBe(expected)
  })
})
