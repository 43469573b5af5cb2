import { haversineKm, type GeoPoint } from "./geo"

/**
 * The port through which slot rules ask how long a beautician needs between two
 * addresses. Synchronous on purpose: an adapter for a routing service fetches its
 * duration matrix before the rules run and answers from it here.
 */
export interface TravelTimeEstimator {
  minutesBetween(from: GeoPoint, to: GeoPoint): number
}

export interface StraightLineConfig {
  /** Road distance ÷ straight-line distance; ~1.3–1.5 in dense cities. */
  roadFactor: number
  /** Average door-to-door speed in km/h, parking and lifts included. */
  cityKmh: number
  /** Estimates are rounded up to a multiple of this many minutes. */
  roundUpToMinutes: number
}

export const SHANGHAI_STRAIGHT_LINE: StraightLineConfig = {
  roadFactor: 1.4,
  cityKmh: 25,
  roundUpToMinutes: 5,
}

/** The default estimator: haversine distance × road factor ÷ city speed, rounded up. */
export function straightLineEstimator(config: StraightLineConfig = SHANGHAI_STRAIGHT_LINE): TravelTimeEstimator {
  if (!(config.roadFactor >= 1) || !(config.cityKmh > 0) || !(config.roundUpToMinutes >= 1)) {
    throw new RangeError("straightLineEstimator: roadFactor >= 1, cityKmh > 0, roundUpToMinutes >= 1")
  }
  return {
    minutesBetween(from, to) {
      const minutes = ((haversineKm(from, to) * config.roadFactor) / config.cityKmh) * 60
      // Sub-metre float noise must not push an exact multiple up a step.
      const steps = Math.ceil(minutes / config.roundUpToMinutes - 1e-9)
      return Math.max(0, steps) * config.roundUpToMinutes
    },
  }
}
