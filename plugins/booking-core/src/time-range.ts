/**
 * Half-open instants ranges `[start, end)` in epoch milliseconds (UTC).
 *
 * Every function returns a new, sorted, non-overlapping list, so results can be
 * fed straight into the next operation. Inputs need not be sorted.
 */
export interface TimeRange {
  start: number
  end: number
}

export function isEmpty(range: TimeRange): boolean {
  return range.end <= range.start
}

export function durationMs(range: TimeRange): number {
  return Math.max(0, range.end - range.start)
}

/** Coalesces overlapping and touching ranges; drops empty ones. O(n log n). */
export function merge(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = ranges.filter((r) => !isEmpty(r)).sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: TimeRange[] = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end)
    } else {
      merged.push({ start: range.start, end: range.end })
    }
  }
  return merged
}

/** The instants that are in both lists. O((n + m) log(n + m)). */
export function intersect(a: readonly TimeRange[], b: readonly TimeRange[]): TimeRange[] {
  const left = merge(a)
  const right = merge(b)
  const result: TimeRange[] = []
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    const start = Math.max(left[i].start, right[j].start)
    const end = Math.min(left[i].end, right[j].end)
    if (start < end) result.push({ start, end })
    if (left[i].end < right[j].end) i++
    else j++
  }
  return result
}

/** The instants of `from` that are not in `remove`. O((n + m) log(n + m)). */
export function subtract(from: readonly TimeRange[], remove: readonly TimeRange[]): TimeRange[] {
  const kept: TimeRange[] = []
  const holes = merge(remove)
  let h = 0
  for (const range of merge(from)) {
    let cursor = range.start
    while (h < holes.length && holes[h].end <= cursor) h++
    let k = h
    while (k < holes.length && holes[k].start < range.end) {
      if (holes[k].start > cursor) kept.push({ start: cursor, end: holes[k].start })
      cursor = Math.max(cursor, holes[k].end)
      k++
    }
    if (cursor < range.end) kept.push({ start: cursor, end: range.end })
  }
  return kept
}

/** Whether `inner` lies entirely inside one range of `ranges` (which must be merged). */
export function contains(ranges: readonly TimeRange[], inner: TimeRange): boolean {
  return ranges.some((r) => r.start <= inner.start && inner.end <= r.end)
}
