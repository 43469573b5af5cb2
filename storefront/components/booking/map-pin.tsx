"use client"

import { useEffect, useRef } from "react"
import type { Map as LeafletMap, Marker } from "leaflet"
import "leaflet/dist/leaflet.css"

export interface MapTiles {
  /** A tile URL template (`{z}/{x}/{y}`), or null for a plain map without tiles (tests, offline). */
  url: string | null
  attribution: string
}

/**
 * A map with one draggable pin (Leaflet, loaded only when the map is opened).
 * Tapping the map moves the pin there; `onMove` gets each new position.
 */
export function MapPin({ at, tiles, label, onMove }: { at: { lat: number; lng: number }; tiles: MapTiles; label: string; onMove: (at: { lat: number; lng: number }) => void }) {
  const box = useRef<HTMLDivElement>(null)
  const map = useRef<LeafletMap | null>(null)
  const pin = useRef<Marker | null>(null)
  const moved = useRef(onMove)
  moved.current = onMove

  useEffect(() => {
    let cancelled = false
    void import("leaflet").then((L) => {
      if (cancelled || !box.current || map.current) return
      const view = L.map(box.current, { zoomControl: true, attributionControl: Boolean(tiles.url) }).setView([at.lat, at.lng], 15)
      if (tiles.url) L.tileLayer(tiles.url, { maxZoom: 19, attribution: tiles.attribution }).addTo(view)
      const icon = L.divIcon({ className: "map-pin", html: "<span></span>", iconSize: [28, 40], iconAnchor: [14, 40] })
      const marker = L.marker([at.lat, at.lng], { draggable: true, icon, keyboard: true, title: label, alt: label }).addTo(view)
      const report = () => {
        const { lat, lng } = marker.getLatLng()
        moved.current({ lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) })
      }
      marker.on("dragend", report)
      view.on("click", (event) => {
        marker.setLatLng(event.latlng)
        report()
      })
      map.current = view
      pin.current = marker
    })
    return () => {
      cancelled = true
      map.current?.remove()
      map.current = null
    }
    // The map is made once; later positions come through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const current = pin.current?.getLatLng()
    if (!current || (current.lat === at.lat && current.lng === at.lng)) return
    pin.current!.setLatLng([at.lat, at.lng])
    map.current?.setView([at.lat, at.lng])
  }, [at.lat, at.lng])

  return <div ref={box} className="map" role="application" aria-label={label} />
}
