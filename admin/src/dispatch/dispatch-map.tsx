import { Box, Stack, Typography } from "@mui/material"
import L from "leaflet"
import "leaflet/dist/leaflet.css"
import { useEffect, useRef } from "react"
import { useLocaleState, useTranslate } from "react-admin"
import { clock, type Position, type QueuedJob } from "./board-data"

const T = "resources.dispatch.map"

/**
 * The map's tiles: `VITE_MAP_TILE_URL` (a `{z}/{x}/{y}` template, e.g. a
 * licensed AMap or Tianditu layer), OpenStreetMap's by default, or none
 * (`none`: a plain map with no tile requests, as the journeys and offline
 * machines use) — as the storefront's MAP_TILE_URL.
 */
const TILE_URL = import.meta.env.VITE_MAP_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
const TILES = TILE_URL === "none" || TILE_URL === "" ? null : { url: TILE_URL, attribution: import.meta.env.VITE_MAP_TILE_ATTRIBUTION ?? "© OpenStreetMap contributors" }

/** Where a beautician is, by colour. */
export const STATE_COLORS: Record<Position["state"], string> = { home: "#78909c", en_route: "#1976d2", arrived: "#2e7d32", in_service: "#6a1b9a" }
const JOB_COLOR = "#b5476b"
/** Shanghai's centre, before anything is on the map. */
const CITY: L.LatLngTuple = [31.2304, 121.4737]

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Jobs of the queue (numbered as in the list) and beauticians (a dot per
 * beautician, coloured by where they are) on a Leaflet map. The view fits
 * what is shown once; later refreshes move the markers and leave the user's
 * pan and zoom alone.
 */
export function DispatchMap({ jobs, positions, offset }: { jobs: QueuedJob[]; positions: Position[]; offset: number }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const box = useRef<HTMLDivElement>(null)
  const map = useRef<L.Map | null>(null)
  const layer = useRef<L.LayerGroup | null>(null)
  const fitted = useRef(false)

  useEffect(() => {
    if (!box.current) return
    const view = L.map(box.current, { attributionControl: Boolean(TILES), scrollWheelZoom: false }).setView(CITY, 11)
    if (TILES) L.tileLayer(TILES.url, { maxZoom: 19, attribution: TILES.attribution }).addTo(view)
    layer.current = L.layerGroup().addTo(view)
    map.current = view
    return () => {
      view.remove()
      map.current = null
      layer.current = null
      fitted.current = false
    }
  }, [])

  useEffect(() => {
    const view = map.current
    const group = layer.current
    if (!view || !group) return
    group.clearLayers()
    const points: L.LatLng[] = []
    for (const p of positions) {
      if (typeof p.location?.lat !== "number" || typeof p.location?.lng !== "number") continue
      const at = L.latLng(p.location.lat, p.location.lng)
      points.push(at)
      const label = `${p.display_name} · ${translate(`${T}.${p.state}`)}${p.since ? ` ${clock(p.since, locale)}` : ""}${p.district ? ` · ${p.district}` : ""}`
      L.circleMarker(at, { radius: 7, color: "#fff", weight: 2, fillColor: STATE_COLORS[p.state], fillOpacity: 0.95 }).bindTooltip(escape(label)).addTo(group)
    }
    jobs.forEach((job, i) => {
      const { location, service, start, district } = job.appointment
      if (typeof location?.lat !== "number" || typeof location?.lng !== "number") return
      const at = L.latLng(location.lat, location.lng)
      points.push(at)
      const n = offset + i + 1
      const label = `${n}. ${clock(start, locale)} ${service ?? ""} ${district ?? ""}`.trim()
      const icon = L.divIcon({ className: "dispatch-job-pin", html: `<span>${n}</span>`, iconSize: [26, 26], iconAnchor: [13, 13] })
      L.marker(at, { icon, title: label, alt: label, keyboard: true, zIndexOffset: 1000 }).bindTooltip(escape(label)).addTo(group)
    })
    if (!fitted.current && points.length > 0) {
      fitted.current = true
      if (points.length === 1) view.setView(points[0], 14)
      else view.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 })
    }
  }, [jobs, positions, offset, locale, translate])

  return (
    <Box>
      <Box
        ref={box}
        role="region"
        aria-label={translate(`${T}.label`)}
        sx={{
          height: { xs: 320, md: 520 },
          borderRadius: 1,
          border: 1,
          borderColor: "divider",
          bgcolor: TILES ? undefined : "#eef1f3",
          "& .dispatch-job-pin": { display: "grid", placeItems: "center", borderRadius: "50%", bgcolor: JOB_COLOR, color: "#fff", fontSize: 13, fontWeight: 700, border: "2px solid #fff", boxShadow: 2 },
          "&.leaflet-container": { bgcolor: TILES ? undefined : "#eef1f3" },
        }}
      />
      <Stack direction="row" component="ul" aria-label={translate(`${T}.legend`)} sx={{ flexWrap: "wrap", gap: 1.5, listStyle: "none", p: 0, m: 0, mt: 1 }}>
        <Legend color={JOB_COLOR} label={translate(`${T}.job`)} ringed />
        {(Object.keys(STATE_COLORS) as Position["state"][]).map((state) => (
          <Legend key={state} color={STATE_COLORS[state]} label={translate(`${T}.${state}`)} />
        ))}
        {TILES ? null : (
          <Typography component="li" variant="caption" color="text.secondary">
            {translate(`${T}.no_tiles`)}
          </Typography>
        )}
      </Stack>
    </Box>
  )
}

function Legend({ color, label, ringed }: { color: string; label: string; ringed?: boolean }) {
  return (
    <Stack component="li" direction="row" spacing={0.75} sx={{ alignItems: "center" }}>
      <Box aria-hidden sx={{ width: 12, height: 12, borderRadius: "50%", bgcolor: color, boxShadow: ringed ? 1 : undefined }} />
      <Typography variant="caption">{label}</Typography>
    </Stack>
  )
}
