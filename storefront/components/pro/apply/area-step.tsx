"use client"

import dynamic from "next/dynamic"
import { DistrictSelect } from "@/components/booking/district-select"
import type { MapTiles } from "@/components/booking/map-pin"
import { DISTRICTS } from "@/lib/districts"
import { RADIUS_CHOICES_KM } from "@/lib/pro/application-draft"
import type { StepProps } from "./choice-steps"
import { proApply } from "@/lib/messages/pro-apply"
import { textsOf } from "@/lib/texts"

const MapPin = dynamic(() => import("@/components/booking/map-pin").then((m) => m.MapPin), { ssr: false })

/**
 * Where they work: their home district, the point they set out from (a pin on
 * the district's centre until moved, as the customer's address picker does)
 * and how far they travel.
 */
export function AreaStep({ locale, draft, update, tiles }: StepProps & { tiles: MapTiles }) {
  const t = textsOf(locale, proApply)
  return (
    <div className="form">
      <DistrictSelect
        locale={locale}
        label={t.applyHomeDistrict}
        value={draft.district}
        onChange={(district) => {
          const centre = DISTRICTS.find((d) => d.name === district)
          update({ district, pin: centre ? { lat: centre.lat, lng: centre.lng } : null })
        }}
      />
      {draft.pin && (
        <div className="map-block">
          <p className="form-hint">{t.applyMapHint}</p>
          <MapPin at={draft.pin} tiles={tiles} label={t.applyMapLabel} onMove={(pin) => update({ pin })} />
          <p className="form-hint">{t.applyPinAt(draft.pin.lat.toFixed(5), draft.pin.lng.toFixed(5))}</p>
        </div>
      )}
      <label className="field">
        <span>{t.applyRadius}</span>
        <select name="radius" value={draft.radiusKm} onChange={(e) => update({ radiusKm: Number(e.target.value) })}>
          {RADIUS_CHOICES_KM.map((km) => (
            <option key={km} value={km}>
              {t.applyRadiusValue(km)}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
