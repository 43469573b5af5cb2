import type { MapTiles } from "@/components/booking/map-pin"

/**
 * The map's tiles: `MAP_TILE_URL` (a `{z}/{x}/{y}` template, e.g. a licensed
 * AMap or Tianditu layer in production), OpenStreetMap's by default, or none
 * (`MAP_TILE_URL=none`: a plain map, as the tests and offline machines use).
 */
export function mapTiles(env: NodeJS.ProcessEnv = process.env): MapTiles {
  const url = env.MAP_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
  if (url === "none" || url === "") return { url: null, attribution: "" }
  return { url, attribution: env.MAP_TILE_ATTRIBUTION ?? "© OpenStreetMap contributors" }
}
