import { haversineKm, type GeoPoint } from "./geo"

/**
 * Links that open turn-by-turn directions to a customer's address in the map
 * apps beauticians use. Coordinates are GCJ-02, the datum maps in China use
 * (what AMap and Tencent geocode to); Baidu is told so, since it uses BD-09.
 */
export interface NavigationLinks {
  amap: string
  baidu: string
  apple: string
  google: string
}

const fixed = (value: number) => value.toFixed(6)

export function navigationLinks(destination: GeoPoint, name: string): NavigationLinks {
  const lat = fixed(destination.lat)
  const lng = fixed(destination.lng)
  const label = encodeURIComponent(name)
  return {
    amap: `https://uri.amap.com/navigation?to=${lng},${lat},${label}&mode=car&coordinate=gaode&callnative=1`,
    baidu: `baidumap://map/direction?destination=${encodeURIComponent(`latlng:${lat},${lng}|name:${name}`)}&coord_type=gcj02&mode=driving&src=webapp.doorstep.pro`,
    apple: `https://maps.apple.com/?daddr=${lat},${lng}&q=${label}&dirflg=d`,
    google: `https://www.google.com/maps/dir/?api=1&destination=${lat},${lng}&travelmode=driving`,
  }
}

/** A check-in this far or farther from the address is flagged for the merchant (never refused). */
export const CHECK_IN_FLAG_METERS = 300

/** How far a check-in was from the appointment's address, and whether that is far enough to flag. */
export function checkInDistance(address: GeoPoint, at: GeoPoint): { meters: number; flagged: boolean } {
  const meters = Math.round(haversineKm(address, at) * 1000)
  return { meters, flagged: meters > CHECK_IN_FLAG_METERS }
}
