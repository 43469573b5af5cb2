"use client"

import { useEffect, useRef } from "react"
import type { Map as LeafletMap } from "leaflet"
import type { MapTiles } from "@/components/booking/map-pin"
import "leaflet/dist/leaflet.css"

export interface DayStop {
  /** 1 for the day's first job. */
  order: number
  lat: number
  lng: number
  /** What the marker says to a screen reader and on hover: the time and the place. */
  label: string
}

/**
 * The day's jobs on a map (Leaflet, loaded with the page that shows it):
 * numbered pins in the order of the day, joined by a line, all in view.
 */
export function DayMap({ stops, tiles, label }: { stops: DayStop[]; tiles: MapTiles; label: string }) {
  const box = useRef<HTMLDivElement>(null)
  const map = useRef<LeafletMap | null>(null)
  const key = stops.map((stop) => `${stop.order}:${stop.lat},${stop.lng}`).join("|")

  useEffect(() => {
    let cancelled = false
    void import("leaflet").then((L) => {
      if (cancelled || !box.current || stops.length === 0) return
      map.current?.remove()
      const view = L.map(box.current, { zoomControl: true, attributionControl: Boolean(tiles.url), scrollWheelZoom: false })
      if (tiles.url) L.tileLayer(tiles.url, { maxZoom: 19, attribution: tiles.attribution }).addTo(view)
      const points = stops.map((stop) => L.latLng(stop.lat, stop.lng))
      if (points.length > 1) L.polyline(points, { color: "#b5476b", weight: 3, opacity: 0.7, dashArray: "6 8" }).addTo(view)
      for (const stop of stops) {
        const icon = L.divIcon({ className: "day-pin", html: `<span>${stop.order}</span>`, iconSize: [32, 32], iconAnchor: [16, 16] })
        L.marker([stop.lat, stop.lng], { icon, keyboard: true, title: stop.label, alt: stop.label }).addTo(view)
      }
      if (points.length === 1) view.setView(points[0], 14)
      else view.fitBounds(L.latLngBounds(points), { padding: [32, 32], maxZoom: 15 })
      map.current = view
    })
    return () => {
      cancelled = true
      map.current?.remove()
      map.current = null
    }
    // The stops' positions are the map's whole input; `key` changes exactly when they do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tiles.url, tiles.attribution])

  return <div ref={box} className="map day-map" role="region" aria-label={label} />
}
