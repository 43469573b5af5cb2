import { haversineKm, isWithinRadius } from "./geo"
import { straightLineEstimator } from "./travel-time"

const peoplesSquare = { lat: 31.2304, lng: 121.4737 }
const lujiazui = { lat: 31.2397, lng: 121.4998 }
const hongqiaoAirport = { lat: 31.1979, lng: 121.3363 }
const songjiangUniversityTown = { lat: 31.0463, lng: 121.2086 }

describe("haversineKm", () => {
  it("measures People's Square to Lujiazui at about 2.6 km", () => {
    expect(haversineKm(peoplesSquare, lujiazui)).toBeCloseTo(2.66, 1)
  })

  it("is zero for the same point and symmetric", () => {
    expect(haversineKm(lujiazui, lujiazui)).toBe(0)
    expect(haversineKm(peoplesSquare, hongqiaoAirport)).toBeCloseTo(haversineKm(hongqiaoAirport, peoplesSquare), 9)
  })
})

describe("straightLineEstimator", () => {
  const estimator = straightLineEstimator({ roadFactor: 1.4, cityKmh: 25, roundUpToMinutes: 5 })

  it.each([
    ["same address", lujiazui, lujiazui, 0],
    ["across the Huangpu river (2.66 km → 8.9 min)", peoplesSquare, lujiazui, 10],
    ["downtown to Hongqiao (13.6 km → 45.8 min)", peoplesSquare, hongqiaoAirport, 50],
    ["downtown to Songjiang (32.5 km → 109.2 min)", peoplesSquare, songjiangUniversityTown, 110],
  ])("%s", (_, from, to, minutes) => {
    expect(estimator.minutesBetween(from, to)).toBe(minutes)
  })

  it("always returns a multiple of the rounding step", () => {
    const coarse = straightLineEstimator({ roadFactor: 1.3, cityKmh: 30, roundUpToMinutes: 15 })
    expect(coarse.minutesBetween(peoplesSquare, hongqiaoAirport) % 15).toBe(0)
  })

  it("rejects a configuration that cannot produce a duration", () => {
    expect(() => straightLineEstimator({ roadFactor: 1.4, cityKmh: 0, roundUpToMinutes: 5 })).toThrow(RangeError)
  })
})

describe("isWithinRadius", () => {
  it("includes an address exactly at the radius and excludes one beyond", () => {
    const distance = haversineKm(peoplesSquare, lujiazui)
    expect(isWithinRadius(peoplesSquare, distance, lujiazui)).toBe(true)
    expect(isWithinRadius(peoplesSquare, distance - 0.01, lujiazui)).toBe(false)
  })
})
