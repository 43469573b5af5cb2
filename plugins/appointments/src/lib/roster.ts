import { haversineKm, servesAddress, servesDistrict, type GeoPoint, type ServiceAddress, type WeeklyWindow, type WorkingHours } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"

/** An active beautician as availability sees them before reading their calendar. */
export interface RosterEntry {
  id: string
  merchantHandle?: string
  home: GeoPoint
  serviceRadiusKm: number
  districts?: string[]
  /** Shared by every beautician with the same weekly hours, so each pattern is worked out once per query. */
  hours: WorkingHours
  skills: ReadonlySet<string>
}

export interface RosterRow {
  id: string
  merchant_handle?: string
  timezone: string
  home_lat: number
  home_lng: number
  service_radius_km: number
  service_districts: string[] | null
  skill_product_ids: string[]
  weekly: Array<{ weekday: number; start: string; end: string }>
  /** Upcoming dates with other hours, by date. */
  overrides: Array<{ date: string; windows: Array<{ start: string; end: string }> }>
}

/** How far, in degrees of latitude and longitude, an area of `radiusKm` around `home` can reach (with 1% to spare). */
function reachInDegrees(home: GeoPoint, radiusKm: number) {
  return { lat: (radiusKm / 110.574) * 1.01, lng: (radiusKm / (111.32 * Math.cos((home.lat * Math.PI) / 180))) * 1.01 }
}

/**
 * Every active beautician with their skills, area and weekly hours: small enough
 * to keep in memory (10,000 beauticians are a few MB), and read on every
 * availability query and hold.
 */
export class Roster {
  private readonly byId: Map<string, RosterEntry>
  private readonly byProduct = new Map<string, Array<{ entry: RosterEntry; reach: { lat: number; lng: number } }>>()

  constructor(rows: RosterRow[]) {
    const patterns = new Map<string, WorkingHours>()
    const hoursOf = (row: RosterRow): WorkingHours => {
      const weekly = row.weekly
        .map((w) => ({ weekday: w.weekday as WeeklyWindow["weekday"], start: w.start, end: w.end }))
        .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
      const overrides = row.overrides ?? []
      const key = `${row.timezone} ${JSON.stringify(weekly)} ${JSON.stringify(overrides)}`
      let hours = patterns.get(key)
      if (!hours) patterns.set(key, (hours = { timezone: row.timezone, weekly, ...(overrides.length > 0 ? { overrides } : {}) }))
      return hours
    }
    this.byId = new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          ...(row.merchant_handle ? { merchantHandle: row.merchant_handle } : {}),
          home: { lat: row.home_lat, lng: row.home_lng },
          serviceRadiusKm: row.service_radius_km,
          ...(row.service_districts?.length ? { districts: row.service_districts } : {}),
          hours: hoursOf(row),
          skills: new Set(row.skill_product_ids),
        },
      ]),
    )
    for (const entry of this.byId.values()) {
      const reach = reachInDegrees(entry.home, entry.serviceRadiusKm)
      for (const productId of entry.skills) {
        const performers = this.byProduct.get(productId) ?? []
        performers.push({ entry, reach })
        this.byProduct.set(productId, performers)
      }
    }
  }

  /**
   * The beautician, if active and able to perform the product. A studio's own
   * service (`studio`) is performed only by that studio's beauticians, whatever
   * skills someone else was given.
   */
  performing(productId: string, beauticianId: string, studio?: string | null): RosterEntry | undefined {
    const entry = this.byId.get(beauticianId)
    return entry?.skills.has(productId) && (!studio || entry.merchantHandle === studio) ? entry : undefined
  }

  /**
   * Who comes to `location` for any of their services, nearest home first,
   * at most `limit`, with the distance from their home in km. A beautician who
   * keeps to some districts is counted by their radius: the list is where to
   * start, and availability at the address has the last word. With
   * `productId`, only those who perform that service.
   */
  near(location: GeoPoint, limit: number, productId?: string): Array<{ entry: RosterEntry; km: number }> {
    const near: Array<{ entry: RosterEntry; km: number }> = []
    const candidates = productId ? (this.byProduct.get(productId) ?? []).map((p) => p.entry) : this.byId.values()
    for (const entry of candidates) {
      const km = haversineKm(entry.home, location)
      if (km <= entry.serviceRadiusKm) near.push({ entry, km })
    }
    return near.sort((a, b) => a.km - b.km || (a.entry.id < b.entry.id ? -1 : 1)).slice(0, limit)
  }

  /** Whether anyone active performs the product (of `studio`, for a studio's own service), wherever they work. */
  anyonePerforms(productId: string, studio?: string | null): boolean {
    return (this.byProduct.get(productId) ?? []).some(({ entry }) => !studio || entry.merchantHandle === studio)
  }

  /** Who performs the product (of `studio`, for a studio's own service) and comes to the address, nearest home first. */
  serving(productId: string, address: ServiceAddress, studio?: string | null): RosterEntry[] {
    const { lat, lng } = address.location
    const near: Array<{ entry: RosterEntry; km: number }> = []
    for (const { entry, reach } of this.byProduct.get(productId) ?? []) {
      if (studio && entry.merchantHandle !== studio) continue
      if (Math.abs(entry.home.lat - lat) > reach.lat || Math.abs(entry.home.lng - lng) > reach.lng) continue
      const km = haversineKm(entry.home, address.location)
      if (km <= entry.serviceRadiusKm && servesDistrict(entry, address)) near.push({ entry, km })
    }
    return near.sort((a, b) => a.km - b.km || (a.entry.id < b.entry.id ? -1 : 1)).map((n) => n.entry)
  }
}

/**
 * Who may take a booking at the address: the named beautician if they come
 * there, else everyone who performs the service there, nearest first. A named
 * beautician who is not active or does not perform the service is a 404.
 */
export function bookingCandidates(roster: Roster, productId: string, address: ServiceAddress, beauticianId?: string, studio?: string | null): RosterEntry[] {
  if (!beauticianId) return roster.serving(productId, address, studio)
  const named = roster.performing(productId, beauticianId, studio)
  if (!named) throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", `No active beautician ${beauticianId} performs this service`)
  return servesAddress(named, address) ? [named] : []
}
